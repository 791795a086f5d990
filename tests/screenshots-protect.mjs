// Screenshots of the lock, quick exit and discreet mode at tablet and phone
// sizes, for people to look at (not a test).
// Usage: node tests/screenshots-protect.mjs [outdir]
import { launch, newPage, waitForApp, startDistServer, SCREENSHOT_SIZES } from './browser/helpers.mjs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/screenshots-protect';
const sizes = SCREENSHOT_SIZES;
const PASS = 'kettle river lamp';

await mkdir(out, { recursive: true });
const server = await startDistServer();
const browser = await launch();
try {
  for (const size of sizes) {
    const page = await newPage(browser, server.url, { viewport: { width: size.width, height: size.height } });
    const shot = async (name) => {
      const file = path.join(out, `${size.name}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    };
    await page.goto('/');
    await waitForApp(page);
    await shot('home-intro');
    await page.goto('/settings');
    await waitForApp(page);
    await page.locator('#lock').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('#lock').scrollIntoView());
    await shot('settings-lock-off');
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.waitForTimeout(300);
    await shot('settings-lock-error');
    await page.locator('#new-passphrase').fill(PASS);
    await page.locator('#confirm-passphrase').fill(PASS);
    await page.locator('#understood').check();
    await page.getByRole('button', { name: 'Turn on the lock' }).click();
    await page.locator('[data-testid="lock-on"]').waitFor({ timeout: 15_000 });
    await page.evaluate(() => document.querySelector('#lock').scrollIntoView());
    await shot('settings-lock-on');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.goto('/spot');
    await page.locator('[data-testid="unlock"]').waitFor();
    await shot('unlock');
    await page.locator('#passphrase').fill('wrong one here');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.locator('.app-error-summary').waitFor({ timeout: 15_000 });
    await shot('unlock-error');
    await page.locator('#passphrase').fill(PASS);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.locator('[data-testid="unlock"]').waitFor({ state: 'detached', timeout: 15_000 });
    await page.goto('/settings');
    await waitForApp(page);
    await page.getByLabel('Yes, use discreet mode').check();
    await page.goto('/spot/practice');
    await waitForApp(page);
    await page.getByRole('button').filter({ hasText: /Practise|Start/ }).first().click();
    await waitForApp(page);
    await shot('discreet-wizard');
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(200);
    await shot('discreet-scrolled');
    await page.locator('[data-testid="quick-exit"]').click();
    await page.locator('[data-testid="cover"]').waitFor();
    await shot('cover');
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
