// Draws the app's PNG icons from the SVGs in public/icons/ with the same
// headless Chromium the tests use. The PNGs are committed, so this runs only
// when the drawing changes:  node scripts/icons.mjs
//
// icon.svg          any purpose: 192, 512, and 180 for iPadOS's home screen
// icon-maskable.svg full-bleed, drawing inside the central 80% safe zone

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/browser/helpers.mjs';

const ICONS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const OUTPUTS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  // iPadOS adds its own rounded corners and shows transparency as black: full bleed.
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await launch();
try {
  for (const { svg, png, size } of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const source = await readFile(path.join(ICONS, svg), 'utf8');
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${sized}</body>`);
    await page.screenshot({ path: path.join(ICONS, png), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`public/icons/${png} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
