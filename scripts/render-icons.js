#!/usr/bin/env node
/*
 * Renders the add-in's icons from their SVG sources (assets/svg/) to the PNG files the manifest
 * points at (assets/*.png). The PNGs are committed: they are sources of the add-in, not build
 * output, so a build or a CI run never needs a browser for them. Run this after editing an SVG:
 *
 *   node scripts/render-icons.js                  # writes assets/*.png
 *   node scripts/render-icons.js --preview out.png   # also writes a magnified contact sheet to look at
 *
 * It drives the system Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core; it
 * never downloads a browser. Rendering is at device scale 1 with a transparent background, so the
 * same Chromium gives the same pixels.
 */
"use strict";

const { chromiumLaunchOptions } = require("./chromium");

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const ASSETS = path.join(__dirname, "..", "assets");
const SVG_DIR = path.join(ASSETS, "svg");

/*
 * Which SVG becomes which PNG. Small sizes have their own drawing on a 16 px grid: a 32 px design
 * scaled to 16 px turns its 1 px lines into grey smears. Office asks for 16, 32 and 80 px for
 * ribbon buttons and groups; IconUrl is 32 px and HighResolutionIconUrl 64 px for a task pane
 * add-in; 128 px is for the help page and listings.
 */
const ICONS = [
  { svg: "insert-16.svg", sizes: [16] },
  { svg: "insert-32.svg", sizes: [32, 80] },
  { svg: "check-16.svg", sizes: [16] },
  { svg: "check-32.svg", sizes: [32, 80] },
  { svg: "logo-16.svg", sizes: [16] },
  { svg: "logo-32.svg", sizes: [32, 64, 80, 128] },
];

/** "insert-32.svg" rendered at 80 px → "insert-80.png". */
function pngName(svgFile, size) {
  return svgFile.replace(/-\d+\.svg$/, `-${size}.png`);
}

/** A page that shows one SVG at exactly size × size CSS pixels, nothing else. */
function pageFor(svgText, size) {
  const sized = svgText.replace("<svg ", `<svg width="${size}" height="${size}" `);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: transparent; }
    svg { display: block; }
  </style></head><body>${sized}</body></html>`;
}

/** A contact sheet: each icon at 1× on the ribbon's light and dark backgrounds, and magnified. */
function previewPage(files) {
  const cells = files
    .map(({ png, size }) => {
      const src = `data:image/png;base64,${fs.readFileSync(path.join(ASSETS, png)).toString("base64")}`;
      const big = Math.max(size, Math.min(size * 6, 128));
      return `<figure><figcaption>${png}</figcaption>
        <div class="light"><img src="${src}"></div><div class="dark"><img src="${src}"></div>
        <div class="light"><img src="${src}" style="width:${big}px;height:${big}px"></div></figure>`;
    })
    .join("");
  return `<!doctype html><html><head><style>
    body { margin: 8px; font: 12px sans-serif; background: #fff; display: flex; flex-wrap: wrap; gap: 8px; }
    figure { margin: 0; display: flex; flex-direction: column; align-items: center; gap: 4px; }
    figure > div { padding: 6px; }
    .light { background: #f3f3f3; } .dark { background: #292929; }
    img { image-rendering: pixelated; display: block; }
  </style></head><body>${cells}</body></html>`;
}

async function main() {
  const previewAt = process.argv.indexOf("--preview");
  const previewFile = previewAt > 0 ? process.argv[previewAt + 1] : undefined;
  if (previewAt > 0 && !previewFile) throw new Error("--preview needs an output file name");

  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
  });
  const written = [];
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { svg, sizes } of ICONS) {
      const svgText = fs.readFileSync(path.join(SVG_DIR, svg), "utf8");
      for (const size of sizes) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(pageFor(svgText, size));
        const png = pngName(svg, size);
        await page.screenshot({
          path: path.join(ASSETS, png),
          omitBackground: true,
          clip: { x: 0, y: 0, width: size, height: size },
        });
        written.push({ png, size });
      }
    }
    if (previewFile) {
      await page.setViewportSize({ width: 900, height: 600 });
      await page.setContent(previewPage(written));
      await page.screenshot({ path: previewFile, fullPage: true });
    }
    console.log(`Rendered ${written.length} icons with Chromium ${browser.version()}:`);
    for (const { png } of written) console.log(`  assets/${png}`);
    if (previewFile) console.log(`Preview: ${previewFile}`);
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
