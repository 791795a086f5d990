// Screenshots of every main screen at tablet and phone sizes, for people to
// look at (not a test). Usage: node tests/screenshots.mjs [outdir] [path ...]
import { launch, newPage, waitForApp, startDistServer, SCREENSHOT_SIZES } from './browser/helpers.mjs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/screenshots';
const paths = process.argv.slice(3);
const routes = paths.length ? paths : ['/', '/sense', '/spot', '/spot/practice', '/spot/how-it-decides', '/stop', '/settings', '/nope'];
const sizes = SCREENSHOT_SIZES;

await mkdir(out, { recursive: true });
const server = await startDistServer();
const browser = await launch();
try {
  for (const size of sizes) {
    const page = await newPage(browser, server.url, { viewport: { width: size.width, height: size.height } });
    for (const route of routes) {
      await page.goto(route);
      await waitForApp(page);
      const file = path.join(out, `${size.name}${route.replaceAll('/', '_') || '_home'}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
