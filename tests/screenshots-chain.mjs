// Screenshots of the Chain Checker at tablet and phone sizes, and each golden
// profile's board report printed to an A4 PDF, for people to look at (not a
// test). Usage: node tests/screenshots-chain.mjs [outdir]
// (`gs -sDEVICE=png16m -r80 -dFirstPage=1 -dLastPage=1 -o page1.png report.pdf`
// turns a PDF's first page into an image.)
import { launch, newPage, waitForApp, startDistServer, SCREENSHOT_SIZES, REPO_ROOT } from './browser/helpers.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/screenshots-chain';
await mkdir(out, { recursive: true });
const server = await startDistServer();
const browser = await launch();
try {
  for (const size of SCREENSHOT_SIZES) {
    const page = await newPage(browser, server.url, { viewport: { width: size.width, height: size.height } });
    await page.goto('/chain');
    await waitForApp(page);
    // The quick exit's first-use explanation would cover the page.
    await page.evaluate(() => localStorage.setItem('sss.settings.quick-exit-explained', 'yes'));
    await page.reload();
    await waitForApp(page);
    await page.locator('#chain-import').setInputFiles(path.join(REPO_ROOT, 'src/domain/chain_checker/golden/food-manufacturer.json'));
    await page.getByTestId('chain-message').waitFor();
    const id = await page.locator('[data-check]').first().getAttribute('data-check');
    for (const route of ['/', '/chain', `/chain/check/${id}/exposure`, `/chain/check/${id}/recruitment`, `/chain/check/${id}/act-now`, `/chain/check/${id}/results`, `/chain/check/${id}/report`, '/chain/how-it-scores']) {
      await page.goto(route);
      await waitForApp(page);
      const name = route.replace(id, 'ID').replaceAll('/', '_') || '_home';
      const file = path.join(out, `${size.name}${name}.png`);
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await page.close();
  }
  for (const profile of ['office-supplier', 'food-manufacturer', 'lender']) {
    const page = await newPage(browser, server.url, { viewport: { width: 820, height: 1180 } });
    await page.goto('/chain');
    await waitForApp(page);
    await page.locator('#chain-import').setInputFiles(path.join(REPO_ROOT, `src/domain/chain_checker/golden/${profile}.json`));
    await page.getByTestId('chain-message').waitFor();
    const id = await page.locator('[data-check]').first().getAttribute('data-check');
    await page.goto(`/chain/check/${id}/report`);
    await waitForApp(page);
    await page.emulateMedia({ media: 'print' });
    const file = path.join(out, `report-${profile}.pdf`);
    await writeFile(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
