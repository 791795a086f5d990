// Ten mixed visits walked as a new inspector would (three nations, child and
// adult, consent given, refused and not asked, with and without danger), with
// the result page photographed at 820x1180 and 320x640 for people to look at,
// and each result's level, forms and ordered routes printed. Not a test: the
// native scenarios (tests/scenarios.rs) hold the rules.
// Usage: node tests/screenshots-routes.mjs [outdir]
import { launch, newPage, waitForApp, startDistServer, poll, errorsOf } from './browser/helpers.mjs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/routes';
await mkdir(out, { recursive: true });

const VISITS = [
  { name: '01-ew-hmo-adult-agrees', setting: 'shared-house', nation: 'england-wales', consent: 'agreed', seen: ['living-mattresses-most-rooms', 'control-id-held-by-other'] },
  { name: '02-ew-carwash-danger-declines', setting: 'car-wash', nation: 'england-wales', danger: 'yes', consent: 'declined', seen: ['control-id-held-by-other', 'control-security-keeps-workers-in'] },
  { name: '03-ew-carwash-child', setting: 'car-wash', nation: 'england-wales', under18: 'yes', seen: ['children-under-18-working'] },
  { name: '04-sc-shortlet-sexual-not-asked', setting: 'short-let', nation: 'scotland', consent: 'not-asked', seen: ['sexual-many-short-male-visits', 'sexual-living-where-sex-sold', 'sexual-adverts'] },
  { name: '05-sc-house-cuckooing-danger-declines', setting: 'house', nation: 'scotland', danger: 'yes', consent: 'declined', seen: ['criminal-cuckooing-home-taken-over', 'criminal-vulnerable-adult-unknown-people'] },
  { name: '06-sc-takeaway-child-age-unknown-danger', setting: 'takeaway', nation: 'scotland', danger: 'yes', under18: 'not-sure', seen: ['children-under-18-working'] },
  { name: '07-ni-farm-adult-agrees', setting: 'farm', nation: 'northern-ireland', consent: 'agreed', seen: ['premises-farm-sleeping-in-farm-buildings', 'work-pays-for-tools-food-housing', 'control-overseer-at-work'] },
  { name: '08-ni-house-danger-unsure-nothing-ticked', setting: 'house', nation: 'northern-ireland', danger: 'not-sure', consent: 'not-asked', seen: [] },
  { name: '09-ni-nailbar-child', setting: 'nail-bar', nation: 'northern-ireland', under18: 'yes', seen: ['premises-nailbar-massage-back-rooms'] },
  { name: '10-ew-nailbar-clean-visit', setting: 'nail-bar', nation: 'england-wales', consent: 'not-asked', seen: [] },
];

const server = await startDistServer();
const browser = await launch();
const page = await newPage(browser, server.url, { viewport: { width: 820, height: 1180 } });
const step = () => new URL(page.url()).pathname.split('/').pop();
try {
  for (const v of VISITS) {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto('/spot');
    await waitForApp(page);
    await page.getByRole('button', { name: 'Start a visit' }).click();
    await poll(() => step() === 'danger');
    await waitForApp(page);
    for (let guard = 0; guard < 30 && step() !== 'check'; guard++) {
      const s = step();
      if (s === 'danger') await page.locator(`input[value="${v.danger ?? 'no'}"]`).check();
      else if (s === 'call-999') {
        await page.getByTestId('continue').click();
        await poll(() => step() !== 'call-999');
        await waitForApp(page);
        continue;
      } else if (s === 'setting') await page.locator(`input[value="${v.setting}"]`).check();
      else if (s === 'place') await page.locator(`input[value="${v.nation}"]`).check();
      else if (s === 'people') await page.locator('input[value="2-5"]').check();
      else if (s === 'under-18') await page.locator(`input[value="${v.under18 ?? 'no'}"]`).check();
      else if (s === 'consent') await page.locator(`input[value="${v.consent ?? 'not-asked'}"]`).check();
      else if (s.startsWith('observe-')) {
        // Tick what was seen; otherwise continue with nothing ticked.
        for (const id of v.seen) {
          const box = page.locator(`input[type="checkbox"][value="${id}"]`);
          if (await box.count()) await box.check();
        }
      }
      const before = page.url();
      await page.getByTestId('continue').click();
      await poll(() => page.url() !== before, { timeout: 10_000 });
      await waitForApp(page);
    }
    if (step() !== 'check') throw new Error(`${v.name}: stuck at ${step()}`);
    await page.getByTestId('see-result').click();
    await poll(() => step() === 'result');
    await waitForApp(page);
    await page.getByTestId('level').waitFor();
    const level = await page.getByTestId('level').getAttribute('data-level');
    const routes = await page.locator('[data-testid="routes"] > li').evaluateAll((lis) => lis.map((li) => `${li.dataset.route}/${li.dataset.org}`));
    const forms = await page.locator('[data-testid="forms"] h3, [data-testid="forms-none"]').allInnerTexts();
    console.log(`${v.name}: level=${level}\n  forms: ${forms.join(' | ')}\n  routes: ${routes.join(' > ')}`);
    await page.screenshot({ path: path.join(out, `${v.name}-820.png`), fullPage: true });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.screenshot({ path: path.join(out, `${v.name}-320.png`), fullPage: false });
    await page.screenshot({ path: path.join(out, `${v.name}-320-full.png`), fullPage: true });
    const errors = errorsOf(page);
    if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
