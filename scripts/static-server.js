/**
 * A small static file server for the built add-in (`dist/`): plain http for the browser preview
 * and the browser tests, https with given certificates for sideloading into Excel. Files only,
 * nothing outside the root, nothing cached (a rebuild shows on reload).
 */
"use strict";

const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** The file a URL path names inside `root`, or null when it would leave the root. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  const rel = path.relative(root, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return file;
}

function handler(root, index) {
  const absRoot = path.resolve(root);
  return (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method Not Allowed");
    let file = fileFor(absRoot, req.url || "/");
    if (!file) return send(403, "Forbidden");
    fs.stat(file, (err, stat) => {
      if (!err && stat.isDirectory()) {
        file = path.join(file, index);
        return fs.stat(file, (err2, stat2) => (err2 || !stat2.isFile() ? send(404, "Not Found") : stream(file, stat2)));
      }
      if (err || !stat.isFile()) return send(404, "Not Found");
      stream(file, stat);
    });
    function stream(f, stat) {
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(f).toLowerCase()] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(f).pipe(res);
    }
  };
}

/**
 * Serve `root` on `host:port` (port 0: any free port). `tls` ({ key, cert }) makes it https.
 * Resolves with the server, its URL and a close function.
 */
function serveStatic(root, { host = "127.0.0.1", port = 0, index = "index.html", tls } = {}) {
  const app = handler(root, index);
  const server = tls ? https.createServer(tls, app) : http.createServer(app);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      const shownHost = host === "127.0.0.1" || host === "::1" ? host : "localhost";
      const url = `${tls ? "https" : "http"}://${shownHost}:${address.port}/`;
      resolve({
        server,
        url,
        port: address.port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { serveStatic, fileFor };

// `node scripts/static-server.js DIR [--port N] [--index FILE]`: serve a built folder on
// 127.0.0.1 (prints its address), e.g. the preview without building it again.
if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
  };
  const root = args[0] && !args[0].startsWith("--") ? args[0] : "dist";
  serveStatic(root, { port: Number(opt("--port", "0")), index: opt("--index", "preview.html") }).then(
    (s) => console.log(s.url),
    (err) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
