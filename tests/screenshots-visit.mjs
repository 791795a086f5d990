// Screenshots of a whole visit, screen by screen, for people to look at (not a
// test). Usage: node tests/screenshots-visit.mjs [outdir] [width] [height]
import { launch, newPage, waitForApp, startDistServer, poll } from './browser/helpers.mjs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/visit';
const width = Number(process.argv[3] ?? 820);
const height = Number(process.argv[4] ?? 1180);
await mkdir(out, { recursive: true });
const server = await startDistServer();
const browser = await launch();
const page = await newPage(browser, server.url, { viewport: { width, height } });
const step = () => new URL(page.url()).pathname.split('/').pop();
const shot = async (name) => {
  const file = path.join(out, `${String(n++).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
};
let n = 0;
try {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start a visit' }).click();
  await poll(() => step() === 'danger');
  await waitForApp(page);
  await page.getByTestId('continue').click();
  await page.locator('.app-error-summary').waitFor();
  await shot('danger-error');
  const seen = ['living-mattresses-most-rooms', 'control-id-held-by-other', 'control-collected-odd-hours'];
  for (let guard = 0; guard < 30 && step() !== 'check'; guard++) {
    const s = step();
    if (s === 'danger') await page.locator('input[value="no"]').check();
    if (s === 'setting') await page.locator('input[value="shared-house"]').check();
    if (s === 'place') await page.locator('#location').fill('12 Example Street, Townsville');
    if (s === 'people') await page.locator('input[value="more-than-10"]').check();
    if (s === 'under-18') await page.locator('input[value="no"]').check();
    if (s === 'consent') await page.locator('input[value="not-asked"]').check();
    if (s.startsWith('observe-')) {
      let ticked = 0;
      for (const id of seen) {
        const box = page.locator(`input[value="${id}"]`);
        if (await box.count()) { await box.check(); ticked++; }
      }
      if (!ticked) await page.locator('input[value="none"]').check();
      if (ticked) await page.locator('#group-note').fill('Passports kept in a locked drawer in the kitchen.');
    }
    await shot(s);
    const before = page.url();
    await page.getByTestId('continue').click();
    await poll(() => page.url() !== before);
    await waitForApp(page);
  }
  await shot('check');
  await page.getByTestId('see-result').click();
  await poll(() => step() === 'result');
  await waitForApp(page);
  await shot('result');
  await page.getByTestId('summary-link').click();
  await poll(() => step() === 'summary');
  await waitForApp(page);
  await shot('summary');
  await page.emulateMedia({ media: 'print' });
  await shot('summary-print');
} finally {
  await browser.close();
  await server.close();
}
