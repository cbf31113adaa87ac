import { mkdtempSync, mkdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import http from "http";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveStatic } = require("../../scripts/static-server.js");

function get(url: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    // A raw path, so `..` reaches the server as typed instead of being resolved by the client.
    const req = http.request({ host: u.hostname, port: u.port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the static server for dist/", () => {
  const root = mkdtempSync(join(tmpdir(), "nianbao-serve-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "preview.html"), "<p>预览</p>");
  writeFileSync(join(root, "assets", "a.js"), "1");
  writeFileSync(join(tmpdir(), "nianbao-secret.txt"), "secret");
  let served: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    served = await serveStatic(root, { index: "preview.html" });
  });
  afterAll(() => served.close());

  test("serves files with their type, and the index for /", async () => {
    expect(await get(served.url, "/preview.html")).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: "<p>预览</p>" });
    expect(await get(served.url, "/")).toMatchObject({ status: 200, body: "<p>预览</p>" });
    expect(await get(served.url, "/assets/a.js?v=1")).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
  });

  test("answers 404 for what is not there and never leaves its folder", async () => {
    expect((await get(served.url, "/nothing.js")).status).toBe(404);
    const escaped = await get(served.url, "/../nianbao-secret.txt");
    expect(escaped.body).not.toBe("secret");
    const encoded = await get(served.url, "/%2e%2e/nianbao-secret.txt");
    expect(encoded.body).not.toBe("secret");
  });

  test("listens on 127.0.0.1 only, on a free port when none is given", () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});
