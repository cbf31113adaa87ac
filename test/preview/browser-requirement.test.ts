/** The browser tests fail, never skip, when Debian's Chromium is missing, and say how to get it. */
describe("without /usr/bin/chromium", () => {
  test("the browser tests stop with a message naming the package to install", () => {
    jest.isolateModules(() => {
      jest.doMock("fs", () => {
        const actual = jest.requireActual("fs");
        return { ...actual, existsSync: (p: string) => (p === "/usr/bin/chromium" ? false : actual.existsSync(p)) };
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { requireChromium } = require("../helpers/preview-browser");
      expect(() => requireChromium()).toThrow(/\/usr\/bin\/chromium.*missing.*apt-get install -y chromium/s);
    });
  });
});
