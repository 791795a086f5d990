// Chain Checker: a whole check by keyboard alone, resume after a reload,
// print and downloads, import of good and bad files, and axe on every screen.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  REPO_ROOT,
  assertNoPageErrors,
  checkAxe,
  focused,
  newPage,
  poll,
  useBrowserSuite,
  waitForApp,
} from './helpers.mjs';

const TEST_TIMEOUT = 240_000;
const suite = useBrowserSuite();
const GOLDEN = path.join(REPO_ROOT, 'src/domain/chain_checker/golden');
const stepOf = (page) => new URL(page.url()).pathname.split('/').pop();
const idOf = (page) => new URL(page.url()).pathname.split('/')[3];

async function open(route = '/chain') {
  const page = await newPage(suite.browser, suite.server.url, { viewport: { width: 820, height: 1180 }, acceptDownloads: true });
  await page.goto(route);
  await waitForApp(page);
  return page;
}

/** Presses Tab until the focused element matches, and fails if it never does. */
async function tabTo(page, match, label, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  assert.fail(`Tab never reached ${label}`);
}

const storedKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sss.chain.')).sort());
const storedCheck = (page, id) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).check, `sss.chain.${id}`);

/** Imports a file through the page's file input; resolves to the new message. */
async function importFile(page, name, buffer) {
  const message = page.getByTestId('chain-message');
  const before = (await message.count()) ? await message.textContent() : null;
  await page.locator('#chain-import').setInputFiles({ name, mimeType: 'application/json', buffer });
  const after = await poll(async () => {
    const text = (await message.count()) ? await message.textContent() : null;
    return text !== before && text;
  }, { timeout: 10_000 });
  assert.ok(after, `a message after importing ${name}`);
  return after;
}

describe('a whole check by keyboard alone', () => {
  it('from the introduction to the board report, with a red flag and the finance module', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await tabTo(page, (f) => f.href === '/chain', 'the Chain Checker link on the home page');
      await page.keyboard.press('Enter');
      await poll(() => new URL(page.url()).pathname === '/chain');
      await waitForApp(page);
      await tabTo(page, (f) => f.id === 'chain-organisation', 'the organisation name');
      await page.keyboard.type('Keyboard Foods');
      await page.keyboard.press('Enter');
      await poll(() => stepOf(page) === 'exposure');
      await waitForApp(page);
      const id = idOf(page);
      // Exposure: the first option of every question, so a high-risk sector,
      // agency workers, and "Yes" to lending (the finance module).
      for (const q of ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']) {
        await tabTo(page, (f) => f.id === q, `exposure question ${q}`);
        await page.keyboard.press('Space');
      }
      await tabTo(page, (f) => f.tag === 'button' && f.name === 'Save and continue', 'Save and continue');
      await page.keyboard.press('Enter');
      const themes = ['governance', 'know-your-chain', 'risk-assessment', 'contracts-and-purchasing', 'recruitment', 'worker-voice', 'monitoring', 'response-and-remedy', 'training-and-kpis', 'finance'];
      for (const theme of themes) {
        await poll(() => stepOf(page) === theme, { timeout: 10_000 });
        assert.equal(stepOf(page), theme);
        await waitForApp(page);
        const ids = await page.locator('[data-question]').evaluateAll((els) => els.map((e) => e.dataset.question));
        assert.ok(ids.length >= 4, `${theme} has its questions`);
        for (const q of ids) {
          await tabTo(page, (f) => f.tag === 'input' && (f.id === q || f.id?.startsWith(`${q}-`)), `question ${q}`);
          // I4 is a red flag: ArrowDown moves from "No" to "Yes".
          await page.keyboard.press(q === 'I4' || q === 'B1' ? 'ArrowDown' : 'Space');
        }
        if (theme === 'governance') {
          await tabTo(page, (f) => f.tag === 'summary' && f.name.includes('B2'), 'the note on B2');
          await page.keyboard.press('Enter');
          await page.keyboard.press('Tab');
          await page.keyboard.type('Policy approved in March.');
        }
        await tabTo(page, (f) => f.tag === 'button' && f.name === 'Save and continue', 'Save and continue');
        await page.keyboard.press('Enter');
      }
      // A red flag: Act now comes before the results.
      await poll(() => stepOf(page) === 'act-now');
      await waitForApp(page);
      assert.equal(await page.locator('main h1').textContent(), 'Act now');
      assert.equal(await page.locator('main a[href="tel:999"]').count(), 1);
      assert.ok((await page.locator('main').textContent()).includes('Do not end the contract straight away'));
      assert.ok(await page.locator('main .app-warning').count() >= 1, 'the labour authority carries the registry caveat');
      await tabTo(page, (f) => f.name === 'Continue to your results', 'Continue to your results');
      await page.keyboard.press('Enter');
      await poll(() => stepOf(page) === 'results');
      await waitForApp(page);
      assert.equal(await page.getByTestId('band').textContent(), 'Act now');
      assert.equal(await page.getByTestId('exposure').textContent(), 'High');
      assert.equal(await page.locator('[data-testid="theme-table"] tbody tr').count(), 10);
      const first = await page.locator('.app-chain-action').first().getAttribute('data-action');
      assert.equal(first, 'I4', 'the red flag action comes first');
      await tabTo(page, (f) => f.id === 'ack-I4', 'the first acknowledgement');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).id, 'owner-I4');
      await page.keyboard.type('Jo Bloggs');
      const saved = await poll(async () => (await storedCheck(page, id)).plans?.I4?.owner === 'Jo Bloggs' && (await storedCheck(page, id)));
      assert.ok(saved, 'the owner is saved as it is typed');
      assert.equal(saved.plans.I4.acknowledged, true);
      assert.equal(saved.notes.B2, 'Policy approved in March.');
      assert.equal(saved.answers.B1, 'partly');
      await tabTo(page, (f) => f.name === 'See the board report', 'See the board report', 800);
      await page.keyboard.press('Enter');
      await poll(() => stepOf(page) === 'report');
      await waitForApp(page);
      const report = await page.locator('main').textContent();
      for (const text of ['Modern slavery board report: Keyboard Foods', 'Jo Bloggs', 'Top five actions', 'Annex', 'Policy approved in March.', 'What your next statement can evidence']) {
        assert.ok(report.includes(text), text);
      }
      assert.ok(!/slavery[- ]free/i.test(report.replace(/free of modern slavery/g, '')));
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('save, back and resume', () => {
  it('answers survive a reload, Back keeps them, and Continue resumes on the last page', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/chain');
    try {
      await page.locator('#chain-organisation').fill('Resume Ltd');
      await page.getByRole('button', { name: 'Start a new check' }).click();
      await poll(() => stepOf(page) === 'exposure');
      await waitForApp(page);
      const id = idOf(page);
      await page.locator('#A1').check();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await poll(() => stepOf(page) === 'governance');
      await waitForApp(page);
      await page.locator('#B1').check();
      await page.reload();
      await waitForApp(page);
      assert.equal(stepOf(page), 'governance');
      assert.equal(await page.locator('#B1').isChecked(), true, 'the answer survived the reload');
      await page.getByRole('link', { name: 'Back', exact: true }).click();
      await poll(() => stepOf(page) === 'exposure');
      await waitForApp(page);
      assert.equal(await page.locator('#A1').isChecked(), true);
      await page.goto('/chain');
      await waitForApp(page);
      const card = page.locator(`[data-check="${id}"]`);
      assert.ok((await card.textContent()).includes('Resume Ltd'));
      await card.getByRole('link', { name: 'Continue' }).click();
      await poll(() => stepOf(page) === 'exposure');
      assert.equal(stepOf(page), 'exposure', 'resumes on the last page opened');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('print, downloads, export and import', () => {
  it('downloads the report, the answers and the check, and imports the check elsewhere', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/chain');
    try {
      const fixture = await readFile(path.join(GOLDEN, 'food-manufacturer.json'));
      assert.match(await importFile(page, 'food.json', fixture), /Imported the check for Northfield Foods plc/);
      const id = await page.locator('[data-check]').first().getAttribute('data-check');
      await page.goto(`/chain/check/${id}/report`);
      await waitForApp(page);
      const grab = async (name) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
        return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
      };
      // The rendered report: a board's first questions answered first.
      const report = page.getByTestId('board-report');
      assert.equal(await report.getByTestId('band').textContent(), 'Act now');
      assert.equal(await report.getByTestId('exposure').textContent(), 'High');
      assert.match(await report.getByTestId('red-flags').textContent(), /F6: Not sure\./);
      const firstAction = report.locator('[data-testid="report-actions"] tbody tr').first();
      assert.match(await firstAction.textContent(), /Act now\..*F6.*Head of HR.*9 October 2026.*Yes/);
      assert.equal(await report.locator('[data-testid="report-actions"] tbody tr').count(), 5);
      assert.equal(await report.locator('[data-testid="theme-table"] tbody tr').count(), 9);
      assert.equal(await report.locator('.app-chain-bars__row').count(), 9, 'a bar for each row of the table');
      assert.equal(await report.locator('#s54').count(), 1, 'the statement checklist: Northfield is in scope');
      assert.match(await report.getByTestId('what-changed').textContent(), /first check/);
      assert.equal(await report.getByRole('heading', { name: 'Annex', exact: true }).count(), 1);
      assert.match(await report.getByTestId('report-act-now').textContent(), /call 999\..*08000\s121\s700/, 'page 1 says what to do now, from the registry');
      const md = await grab('Download the report (Markdown)');
      assert.equal(md.name, 'northfield-foods-plc-2026-10-02.md');
      assert.equal(md.text, await readFile(path.join(GOLDEN, 'food-manufacturer.md'), 'utf8'), 'the same report as the golden file');
      const csv = await grab('Download the answers (CSV)');
      assert.equal(csv.text, await readFile(path.join(GOLDEN, 'food-manufacturer.csv'), 'utf8'));
      const file = await grab('Export this check (file)');
      assert.match(file.text, /"version": 1/);
      // Print shows the report, without buttons.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByRole('button', { name: 'Print the board report' }).isVisible(), false);
      assert.ok(await page.locator('.app-chain-report').isVisible());
      assert.equal(await page.locator('.app-header').isVisible(), false, 'the report is the whole sheet');
      assert.ok(await page.locator('[data-testid="theme-table"] thead').isVisible(), 'tables keep their headings on paper');
      await page.emulateMedia({ media: 'screen' });
      // On another device (a fresh context), the exported file imports as a new check.
      const other = await open('/chain');
      try {
        assert.match(await importFile(other, file.name, Buffer.from(file.text)), /Imported/);
        assert.equal((await storedKeys(other)).length, 1);
      } finally {
        await other.close();
      }
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('a damaged, future, oversized or hostile file gets a clear error, or is shown as text, and nothing stored changes', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/chain');
    try {
      const good = await readFile(path.join(GOLDEN, 'office-supplier.json'), 'utf8');
      await importFile(page, 'office.json', Buffer.from(good));
      const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
      const cases = [
        ['cut.json', good.slice(0, good.length / 2), /damaged or incomplete/],
        ['future.json', good.replace('"version": 1', '"version": 9'), /newer version/],
        ['other.json', '{"hello": "world"}', /not a Chain Checker file/],
        ['big.json', `{"x":"${'a'.repeat(10 * 1024 * 1024)}"}`, /too large/],
        ['bad-answer.json', good.replace('"B1": "yes"', '"B1": "maybe"'), /cannot be imported/],
      ];
      for (const [name, text, want] of cases) {
        assert.match(await importFile(page, name, Buffer.from(text)), want, name);
        assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before, `${name} changed nothing stored`);
      }
      // Hostile notes come back as text and run nothing.
      const hostile = JSON.parse(good);
      hostile.check.organisation = '<img src=x onerror="window.__pwned=1">';
      hostile.check.notes.B1 = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
      assert.match(await importFile(page, 'hostile.json', Buffer.from(JSON.stringify(hostile))), /Imported/);
      const id = await page.locator('[data-check]').first().getAttribute('data-check');
      await page.goto(`/chain/check/${id}/report`);
      await waitForApp(page);
      assert.equal(await page.locator('main img, main script').count(), 0);
      assert.ok((await page.locator('main').textContent()).includes('<script>window.__pwned=1</script>'));
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

/** Chromium's PDFs list each page as a `/Type /Page` object. */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** The report printed on A4 as the print dialogue would (its own @page rule). */
async function printedPages(page) {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/, 'A4');
  return pdfPages(pdf);
}

describe('the printed board report', () => {
  it('page 1 is a summary for the board, at 10pt or more, and the annex starts page 2, for each golden profile', { timeout: TEST_TIMEOUT }, async () => {
    const profiles = [
      { file: 'office-supplier', org: 'Paper & Pens Ltd', band: 'Developing', themes: 9, flags: false, change: false },
      { file: 'food-manufacturer', org: 'Northfield Foods plc', band: 'Act now', themes: 9, flags: true, change: false },
      { file: 'lender', org: 'Harbour Bank', band: 'Established', themes: 10, flags: false, change: true },
    ];
    const measured = [];
    for (const p of profiles) {
      // Each in a fresh context, so the check imported is the only one.
      const page = await open('/chain');
      try {
        assert.match(await importFile(page, `${p.file}.json`, await readFile(path.join(GOLDEN, `${p.file}.json`))), new RegExp(`Imported the check for ${p.org}`));
        const id = await page.locator('[data-check]').first().getAttribute('data-check');
        await page.goto(`/chain/check/${id}/report`);
        await waitForApp(page);
        await page.emulateMedia({ media: 'print' });
        const summary = page.getByTestId('report-summary');
        const text = await summary.innerText();
        // What the first page holds: band, exposure and red flags first, then
        // the actions with owners and dates, the theme scores and the limits.
        assert.ok(text.includes(`Modern slavery board report: ${p.org}`), p.file);
        assert.equal(await summary.getByTestId('band').textContent(), p.band, p.file);
        assert.ok(text.indexOf('Red flags') < text.indexOf('Top five actions'), `${p.file}: red flags before actions`);
        assert.equal(await summary.getByTestId('report-act-now').count(), p.flags ? 1 : 0, `${p.file}: the Act now line only with a red flag`);
        assert.equal(await summary.locator('[data-testid="report-actions"] tbody tr').count(), 5, p.file);
        assert.ok(await summary.locator('[data-testid="report-actions"] thead').isVisible(), `${p.file}: the actions' columns are named on paper`);
        assert.equal(await summary.locator('.app-chain-bars__row').count(), p.themes, `${p.file}: a bar for each theme`);
        assert.equal(await summary.getByTestId('report-change').count(), p.change ? 1 : 0, `${p.file}: the change in a line on a re-check`);
        assert.match(await summary.getByTestId('report-limits').textContent(), /not an audit/, p.file);
        // Readable on paper: no text on the first page under 10pt (13.33 CSS px).
        const smallest = await summary.evaluate((el) => {
          const sizes = [...el.querySelectorAll('*')]
            .filter((e) => e.getClientRects().length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
            .map((e) => parseFloat(getComputedStyle(e).fontSize));
          return Math.min(...sizes);
        });
        assert.ok(smallest >= (10 * 96) / 72 - 0.01, `${p.file}: smallest text on page 1 is ${smallest}px`);
        // The annex is forced onto a new page, so if the summary (with all
        // that comes before it) prints on one A4 page, the annex starts page 2.
        const annex = page.getByTestId('report-annex');
        assert.equal(await annex.evaluate((el) => getComputedStyle(el).breakBefore), 'page', `${p.file}: the annex starts a new page`);
        assert.equal(await annex.getByRole('heading', { name: 'Annex', exact: true }).count(), 1);
        const all = await printedPages(page);
        await annex.evaluate((el) => { el.style.display = 'none'; });
        const first = await printedPages(page);
        await annex.evaluate((el) => { el.style.display = ''; });
        measured.push(`${p.file}: ${all} pages, summary ${first}`);
        assert.equal(first, 1, `${p.file}: the summary fits page 1`);
        assert.ok(all > 1, `${p.file}: the annex follows on page 2`);
        assertNoPageErrors(page);
      } finally {
        await page.close();
      }
    }
    console.log(`# board report printed on A4: ${measured.join('; ')}`);
  });
});

describe('next quarter', () => {
  it('a re-check shows what changed on the results and in the report; the results fold all but the top five actions', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/chain');
    try {
      await importFile(page, 'lender.json', await readFile(path.join(GOLDEN, 'lender.json')));
      const id = await page.locator('[data-check]').first().getAttribute('data-check');
      for (const step of ['results', 'report']) {
        await page.goto(`/chain/check/${id}/${step}`);
        await waitForApp(page);
        const changed = page.getByTestId('what-changed');
        assert.match(await changed.textContent(), /Compared with the check of 1 July 2026: band .* → .*; overall maturity \d+% → \d+%/, step);
        const b1 = changed.locator('tr', { hasText: 'B1 Is a named board member' });
        assert.deepEqual(await b1.locator('td').allTextContents(), ['Partly', 'Yes'], `${step}: B1 then and now`);
        assert.equal(await page.locator('[data-testid="theme-table"] tbody tr').count(), 10, `${step}: the finance theme too`);
      }
      // The results show the top five with their fields, the rest folded.
      await page.goto(`/chain/check/${id}/results`);
      await waitForApp(page);
      assert.equal(await page.locator('[data-testid="top-actions"] > .app-chain-action').count(), 5);
      assert.equal(await page.locator('#owner-E4').inputValue(), 'Chief Risk Officer');
      assert.equal(await page.locator('.app-chain-more-actions').getAttribute('open'), null, 'the rest are folded');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('the lock and the wipe', () => {
  it('checks are sealed while the lock is on, readable after unlocking, in the clear after it is off, and wiped with everything', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/chain');
    const PASSPHRASE = 'kettle river lamp';
    try {
      await page.evaluate(() => localStorage.setItem('sss.settings.quick-exit-explained', 'yes'));
      await importFile(page, 'lender.json', await readFile(path.join(GOLDEN, 'lender.json')));
      const [key] = await storedKeys(page);
      await page.goto('/settings');
      await waitForApp(page);
      await page.locator('#new-passphrase').fill(PASSPHRASE);
      await page.locator('#confirm-passphrase').fill(PASSPHRASE);
      await page.locator('#understood').check();
      await page.getByRole('button', { name: 'Turn on the lock' }).click();
      await page.locator('[data-testid="lock-on"]').waitFor({ timeout: 15_000 });
      const sealed = await page.evaluate((k) => localStorage.getItem(k), key);
      assert.ok(sealed.startsWith('{"sealed":'), 'sealed once the lock is on');
      assert.ok(!sealed.includes('Harbour Bank'));
      // A fresh load starts locked: the Chain Checker asks for the passphrase.
      await page.goto('/chain');
      await page.locator('[data-testid="unlock"]').waitFor();
      assert.equal(await page.locator('[data-check]').count(), 0);
      await page.locator('#passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.locator('[data-check]').first().waitFor({ timeout: 15_000 });
      assert.ok((await page.locator('[data-check]').first().textContent()).includes('Harbour Bank'));
      await page.goto('/settings');
      await page.locator('[data-testid="unlock"]').waitFor();
      await page.locator('#passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.locator('[data-testid="lock-on"]').waitFor({ timeout: 15_000 });
      await page.getByText('Turn off the lock', { exact: true }).first().click();
      await page.locator('#off-passphrase').fill(PASSPHRASE);
      await page.locator('[data-testid="turn-off-lock"]').click();
      await page.locator('[data-testid="turn-on-lock"]').waitFor({ timeout: 15_000 });
      assert.ok((await page.evaluate((k) => localStorage.getItem(k), key)).includes('Harbour Bank'), 'in the clear again');
      await page.getByTestId('wipe').click();
      await page.getByTestId('confirm').click();
      assert.deepEqual(await storedKeys(page), []);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('accessibility', () => {
  it('axe finds no violations on any Chain Checker screen', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/chain');
    try {
      const results = [];
      const axe = async (label) => results.push(...(await checkAxe(page)).map((v) => `${label}: ${v}`));
      await axe('/chain');
      await importFile(page, 'lender.json', await readFile(path.join(GOLDEN, 'lender.json')));
      await importFile(page, 'food.json', await readFile(path.join(GOLDEN, 'food-manufacturer.json')));
      await axe('/chain with checks and a message');
      const ids = await page.locator('[data-check]').evaluateAll((els) => els.map((e) => e.dataset.check));
      const steps = ['exposure', 'governance', 'know-your-chain', 'risk-assessment', 'contracts-and-purchasing', 'recruitment', 'worker-voice', 'monitoring', 'response-and-remedy', 'training-and-kpis', 'finance', 'results', 'report'];
      for (const id of ids) {
        const food = (await storedCheck(page, id)).organisation.startsWith('Northfield');
        for (const step of food ? ['act-now', 'results', 'report'] : steps) {
          await page.goto(`/chain/check/${id}/${step}`);
          await waitForApp(page);
          assert.notEqual(await page.locator('main h1').textContent(), 'Page not found', step);
          await axe(step);
        }
      }
      await page.goto('/chain/how-it-scores');
      await waitForApp(page);
      await axe('/chain/how-it-scores');
      assert.deepEqual(results, []);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});
