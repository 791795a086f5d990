// Screenshots of local contacts (issue 17) at tablet and phone sizes, for
// people to look at (not a test). Run against a build made with the example:
//   SSS_LOCAL_CONTACTS=$PWD/deploy/local-contacts.example.toml trunk build --release --dist dist-contacts
//   APP_DIST=dist-contacts node tests/screenshots-contacts.mjs [outdir]
import { launch, newPage, waitForApp, startDistServer, SCREENSHOT_SIZES } from './browser/helpers.mjs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/screenshots-contacts';
await mkdir(out, { recursive: true });
const server = await startDistServer();
const browser = await launch();

async function childVisit(page) {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start a visit' }).click();
  await page.waitForURL(/\/danger$/);
  await waitForApp(page);
  const step = () => new URL(page.url()).pathname.split('/').pop();
  for (let guard = 0; guard < 30 && step() !== 'check'; guard++) {
    const s = step();
    const pick = (v) => page.locator(`input[value="${v}"]`).check();
    if (s === 'danger') await pick('no');
    else if (s === 'setting') await pick('shared-house');
    else if (s === 'place') await pick('england-wales');
    else if (s === 'people') await pick('2-5');
    else if (s === 'under-18') await pick('yes');
    else if (s === 'consent') await pick('not-asked');
    else if (s.startsWith('observe-')) {
      const box = page.locator('input[value="control-id-held-by-other"]');
      await ((await box.count()) ? box.check() : pick('none'));
    }
    const from = page.url();
    await page.getByRole('button', { name: /Continue/ }).first().click();
    await page.waitForURL((u) => u.toString() !== from);
    await waitForApp(page);
  }
  await page.getByTestId('see-result').click();
  await page.waitForURL(/\/result$/);
  await waitForApp(page);
}

try {
  for (const size of SCREENSHOT_SIZES) {
    const page = await newPage(browser, server.url, { viewport: { width: size.width, height: size.height } });
    const shot = async (name, selector) => {
      if (selector) await page.locator(selector).first().evaluate((e) => e.scrollIntoView());
      const file = path.join(out, `${size.name}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    };
    await page.goto('/settings');
    await waitForApp(page);
    await page.evaluate(() => {
      localStorage.setItem('sss.settings.quick-exit-explained', 'true');
      localStorage.setItem('sss.contacts', JSON.stringify({ version: 1, contacts: [
        { id: 'a', label: 'Duty sergeant, Example Police', phone: '07700 900001', route: 'police' },
        { id: 'b', label: 'My team leader', phone: '07700 900002', route: null },
      ] }));
    });
    await page.reload();
    await waitForApp(page);
    await shot('settings-my-contacts', '#my-contacts');
    await childVisit(page);
    await shot('result-routes', '[data-testid="routes"]');
    await shot('result-police', '[data-route="Police"]');
    await shot('result-my-contacts', '[data-testid="my-contacts"]');
    await page.goto('/stop');
    await waitForApp(page);
    await shot('stop-our-contacts');
    await page.goto('/stop/local-contacts');
    await waitForApp(page);
    await shot('notice-board');
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
