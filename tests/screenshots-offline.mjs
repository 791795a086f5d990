// Screenshots of the offline status line and the "A new version is ready"
// banner (and its "not reloaded" message) at tablet and phone sizes, for
// people to look at (not a test). Usage: node tests/screenshots-offline.mjs [outdir]
//
// Serves a temp copy of dist/ and swaps in a sw.js with another build id, so
// the banner appears as it would for a real new build.
import { launch, newPage, waitForApp, startDistServer, DIST, fillStorageQuota, SCREENSHOT_SIZES } from './browser/helpers.mjs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/offline';
const sizes = SCREENSHOT_SIZES;

await mkdir(out, { recursive: true });
const site = await mkdtemp(path.join(os.tmpdir(), 'sss-shots-'));
await cp(DIST, site, { recursive: true });
const swA = await readFile(path.join(DIST, 'sw.js'), 'utf8');
const swB = swA.replace(/const BUILD_ID\s*=\s*"([^"]+)"/, 'const BUILD_ID = "$1-b";');
const server = await startDistServer(site);
const browser = await launch();
const shot = async (page, size, name) => {
  const file = path.join(out, `${size.name}-${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
};
try {
  for (const size of sizes) {
    await writeFile(path.join(site, 'sw.js'), swA);
    const page = await newPage(browser, server.url, { viewport: { width: size.width, height: size.height } });
    await page.goto('/');
    await waitForApp(page);
    await page.waitForFunction(() => document.querySelector('[data-readiness="ready"]'));
    await shot(page, size, 'online');
    await page.context().setOffline(true);
    await page.waitForFunction(() => document.querySelector('[data-online="false"]'));
    await shot(page, size, 'offline');
    await writeFile(path.join(site, 'sw.js'), swB);
    await page.context().setOffline(false);
    await page.getByTestId('update-banner').waitFor();
    await page.getByRole('button', { name: 'Start a visit' }).click();
    await page.waitForURL(/\/danger$/);
    await waitForApp(page);
    await shot(page, size, 'banner');
    // Storage full, then Reload: the banner says why it did not reload.
    await page.goto(page.url().replace(/danger$/, 'check'));
    await page.getByTestId('update-banner').waitFor();
    await fillStorageQuota(page);
    await page.locator('#general-notes').fill('Words that cannot be saved. '.repeat(200));
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByTestId('update-blocked').waitFor();
    await page.getByTestId('update-banner').scrollIntoViewIfNeeded();
    await shot(page, size, 'banner-blocked');
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  await rm(site, { recursive: true, force: true });
}
