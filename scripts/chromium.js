/**
 * How the project starts a browser: Debian's Chromium, driven by playwright-core — never a
 * browser downloaded by a test tool. The flags keep it from reaching for Google's services, whose
 * connections a closed network refuses one by one. Used by the browser tests, the icon renderer
 * and the pane benchmark.
 */
"use strict";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Launch options for playwright-core's `chromium.launch`. */
function chromiumLaunchOptions() {
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
}

module.exports = { CHROMIUM_PATH, CHROMIUM_ARGS, chromiumLaunchOptions };
