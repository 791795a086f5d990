// The Chain Checker walked as a compliance lead who has never seen the app
// would, for two companies: a food manufacturer using labour providers and
// sourcing from higher-risk countries, and a lender with the finance module.
// Each answers every page through the page itself (no imports), opens Act
// now if a red flag calls for it, gives the top actions owners and dates,
// prints the board report (a PDF), and comes back "next quarter" to re-check
// from a copy and see what changed.
//
// Every screen is photographed at 820x1180, 1180x820 and 320x640 (whole page),
// the print view is saved as a PDF and as a print-media screenshot, and a
// reading-time estimate per screen is printed (words at 200 a minute plus 15
// seconds per question to think), so a person can judge whether the check
// fits in about 30 minutes. It also reports anything wider than the screen
// at 320 px. Not a test: tests/browser/chain.test.mjs holds the assertions.
//
// Usage: node tests/walkthrough-chain.mjs [outdir]   (after `make build`)
import { launch, newPage, waitForApp, startDistServer, poll, errorsOf, SCREENSHOT_SIZES } from './browser/helpers.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/walkthrough-chain';
await mkdir(out, { recursive: true });

const THEME_OF = { B: 'governance', C: 'know-your-chain', D: 'risk-assessment', E: 'contracts-and-purchasing', F: 'recruitment', G: 'worker-voice', H: 'monitoring', I: 'response-and-remedy', J: 'training-and-kpis', K: 'finance' };
const THEMES = ['governance', 'know-your-chain', 'risk-assessment', 'contracts-and-purchasing', 'recruitment', 'worker-voice', 'monitoring', 'response-and-remedy', 'training-and-kpis', 'finance'];

/** A mid-size food manufacturer: agency labour, higher-risk sourcing, early practice, one red flag unknown. */
const FOOD = {
  slug: 'food',
  name: 'Fenland Fresh Foods Ltd',
  exposure: { A1: ['yes'], A2: ['food-processing'], A3: ['food', 'facilities', 'logistics'], A4: ['higher'], A5: ['yes'], A6: ['yes'], A7: ['yes'], A8: ['no'] },
  answers: {
    B1: 'yes', B2: 'yes', B3: 'partly', B4: 'yes', B5: 'no',
    C1: '1', C2: 'partly', C3: '0', C4: 'no', C5: 'yes',
    D1: '1', D2: '1', D3: '0', D4: '1',
    E1: 'yes', E2: 'partly', E3: 'no', E4: 'not-sure', E5: 'no',
    F1: 'no', F2: 'no', F3: 'no', F4: 'no', F5: 'no', F6: 'not-sure',
    G1: 'partly', G2: 'yes', G3: 'no', G4: 'partly',
    H1: '0', H2: '1', H3: '1', H4: '1',
    I1: 'no', I2: 'not-sure', I3: 'partly', I4: 'no',
    J1: '1', J2: '0', J3: '0', J4: '0',
  },
  notes: { A5: 'Two labour providers supply about 120 seasonal packers in summer.', F6: 'One provider runs a minibus from shared houses; we have not seen the pay slips.' },
  // Next quarter: the red flag checked and cleared, Employer Pays adopted, posters up.
  recheck: { F6: 'no', F1: 'partly', G3: 'yes', J1: '2', I1: 'partly' },
  owners: ['Head of HR', 'Procurement Director', 'Head of HR', 'Site General Manager', 'Company Secretary'],
};

/** A lender and investor: low own exposure, finance module, good governance. */
const LENDER = {
  slug: 'lender',
  name: 'Harbour Capital Partners',
  exposure: { A1: ['yes'], A2: ['finance'], A3: ['professional', 'electronics'], A4: ['assessed'], A5: ['no'], A6: ['no'], A7: ['no'], A8: ['yes'] },
  answers: {
    B1: 'yes', B2: 'yes', B3: 'yes', B4: 'yes', B5: 'partly',
    C1: '2', C2: 'yes', C3: '1', C4: 'partly', C5: 'yes',
    D1: '2', D2: '2', D3: '1', D4: '2',
    E1: 'yes', E2: 'partly', E3: 'yes', E4: 'partly', E5: 'no',
    F1: 'partly', F2: 'no', F3: 'no', F4: 'no', F5: 'no', F6: 'no',
    G1: 'partly', G2: 'yes', G3: 'partly', G4: 'yes',
    H1: '1', H2: '1', H3: '2', H4: '2',
    I1: 'yes', I2: 'yes', I3: 'partly', I4: 'no',
    J1: '2', J2: '1', J3: '1', J4: '1',
    K1: 'partly', K2: 'yes', K3: 'no', K4: 'not-sure', K5: 'partly',
  },
  notes: { K1: 'Transaction monitoring covers FATF typologies; human-trafficking scenarios not yet tuned.' },
  recheck: { K1: 'yes', K3: 'partly', F2: 'partly', J3: '2' },
  owners: ['Chief Risk Officer', 'Head of Sustainable Finance', 'MLRO', 'Head of Procurement', 'General Counsel'],
};

const server = await startDistServer();
const browser = await launch();
const timings = [];
const overflow = [];
const files = [];

async function shoot(page, company, label) {
  const base = page.viewportSize();
  for (const size of SCREENSHOT_SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const file = path.join(out, `${company.slug}-${label}-${size.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
    if (size.width === 320) {
      const wide = await page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        const found = [];
        for (const el of document.querySelectorAll('main *')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > w + 1 && getComputedStyle(el).position !== 'fixed') found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
        }
        return { scroll: document.documentElement.scrollWidth > w, found: found.slice(0, 5) };
      });
      if (wide.scroll || wide.found.length) overflow.push(`${company.slug} ${label}: ${wide.found.join('; ')}`);
    }
  }
  await page.setViewportSize(base);
}

/** A reader's time on this screen: first time, words at 200 a minute, 15 s per question, 30 s per action to plan. */
async function estimate(page, company, label) {
  // What a reader reads: the page's text without its list of sources (a
  // reader skips it) or anything folded away.
  const { words, questions, fields } = await page.evaluate(() => {
    const count = (el) => (el?.innerText ?? '').split(/\s+/).filter(Boolean).length;
    const main = document.querySelector('main');
    const skipped = [...main.querySelectorAll('.app-sources')].reduce((n, el) => n + count(el), 0);
    return {
      words: count(main) - skipped,
      questions: main.querySelectorAll('[data-question]').length,
      // Only the top five actions are given an owner and a date now.
      fields: Math.min(5, [...main.querySelectorAll('.app-chain-action')].filter((el) => el.checkVisibility()).length),
    };
  });
  // Next quarter the reader knows the questions: skims at 400 words a
  // minute, 5 s a question, and 20 s for each answer changed.
  const returning = label.startsWith('q2-');
  const changed = returning ? Object.keys(company.recheck).filter((q) => page.url().endsWith(`/${THEME_OF[q[0]]}`)).length : 0;
  const seconds = returning
    ? Math.round((words / 400) * 60 + questions * 5 + changed * 20 + fields * 30)
    : Math.round((words / 200) * 60 + questions * 15 + fields * 30);
  timings.push({ company: company.slug, screen: label, words, questions, seconds });
}

const stepOf = (page) => new URL(page.url()).pathname.split('/').pop();

async function answerPage(page, company, answers) {
  const ids = await page.locator('[data-question]').evaluateAll((els) => els.map((e) => e.dataset.question));
  for (const q of ids) {
    if (company.exposure[q] && stepOf(page) === 'exposure') {
      const now = await page.locator(`input[name="${q}"]:checked`).evaluateAll((els) => els.map((e) => e.value));
      for (const v of company.exposure[q]) if (!now.includes(v)) await page.locator(`input[name="${q}"][value="${v}"]`).check();
    } else if (answers[q]) {
      await page.locator(`input[name="${q}"][value="${answers[q]}"]`).check();
    }
    const note = company.notes[q];
    if (note && stepOf(page) !== 'results') {
      const field = page.locator(`#note-${q}`);
      if (!(await field.isVisible())) await page.locator(`[data-question="${q}"] summary`).click();
      await field.fill(note);
    }
  }
}

async function next(page) {
  const before = page.url();
  await page.getByTestId('continue').click();
  await poll(() => page.url() !== before, { timeout: 10_000 });
  await waitForApp(page);
}

/** Walks every page of an open check, photographing each. */
async function walk(page, company, answers, prefix) {
  for (let guard = 0; guard < 15; guard++) {
    const step = stepOf(page);
    if (step === 'results') break;
    if (step === 'act-now') {
      await estimate(page, company, `${prefix}act-now`);
      await shoot(page, company, `${prefix}act-now`);
      await next(page);
      continue;
    }
    await answerPage(page, company, answers);
    const n = step === 'exposure' ? '00' : String(THEMES.indexOf(step) + 1).padStart(2, '0');
    await estimate(page, company, `${prefix}${n}-${step}`);
    await shoot(page, company, `${prefix}${n}-${step}`);
    await next(page);
  }
}

async function printReport(page, company, label) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 820, height: 1180 });
  const shot = path.join(out, `${company.slug}-${label}-print.png`);
  await page.screenshot({ path: shot, fullPage: true });
  files.push(shot);
  // page.pdf prints with print media unless screen is emulated.
  const pdf = path.join(out, `${company.slug}-${label}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: false, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  files.push(pdf);
  await page.emulateMedia({ media: null });
}

async function run(company) {
  const page = await newPage(browser, server.url, { viewport: { width: 820, height: 1180 }, locale: 'en-GB' });
  try {
    await page.goto('/chain');
    await waitForApp(page);
    await page.evaluate(() => localStorage.setItem('sss.settings.quick-exit-explained', 'yes'));
    await page.reload();
    await waitForApp(page);
    await estimate(page, company, 'intro');
    await shoot(page, company, 'intro');
    await page.locator('#chain-organisation').fill(company.name);
    await page.getByRole('button', { name: 'Start a new check' }).click();
    await poll(() => stepOf(page) === 'exposure', { timeout: 10_000 });
    await waitForApp(page);
    await walk(page, company, company.answers, '');
    await waitForApp(page);
    // The results: give the top five an owner and a due date, and acknowledge them.
    const actions = await page.locator('.app-chain-action').evaluateAll((els) => els.slice(0, 5).map((e) => e.dataset.action));
    for (const [i, q] of actions.entries()) {
      await page.locator(`#ack-${q}`).check();
      await page.locator(`#owner-${q}`).fill(company.owners[i]);
      await page.locator(`#due-${q}`).fill(`2027-0${1 + i}-15`);
    }
    await estimate(page, company, 'results');
    await shoot(page, company, 'results');
    await page.getByRole('link', { name: 'See the board report' }).click();
    await poll(() => stepOf(page) === 'report');
    await waitForApp(page);
    await estimate(page, company, 'report');
    await shoot(page, company, 'report');
    await printReport(page, company, 'report');
    // Next quarter: back to the Chain Checker, re-check from this one.
    await page.goto('/chain');
    await waitForApp(page);
    await shoot(page, company, 'q2-list');
    await page.getByRole('button', { name: /Re-check/ }).first().click();
    await poll(() => stepOf(page) === 'exposure', { timeout: 10_000 });
    await waitForApp(page);
    await walk(page, company, company.recheck, 'q2-');
    await estimate(page, company, 'q2-results');
    await shoot(page, company, 'q2-results');
    await page.getByRole('link', { name: 'See the board report' }).click();
    await poll(() => stepOf(page) === 'report');
    await waitForApp(page);
    await shoot(page, company, 'q2-report');
    await printReport(page, company, 'q2-report');
    const errors = errorsOf(page);
    if (errors.length) console.log(`${company.slug}: page errors`, errors);
  } finally {
    await page.close();
  }
}

try {
  await run(FOOD);
  await run(LENDER);
} finally {
  await browser.close();
  await server.close();
}

const total = {};
const part = (screen) => (screen.startsWith('q2-') ? 're-check next quarter' : screen === 'report' ? 'reading the board report' : 'first check, to the results');
for (const t of timings) {
  const key = `${t.company}: ${part(t.screen)}`;
  total[key] = (total[key] ?? 0) + t.seconds;
  console.log(`${t.company.padEnd(7)} ${t.screen.padEnd(34)} ${String(t.words).padStart(5)} words ${String(t.questions).padStart(2)} q  ~${Math.floor(t.seconds / 60)} min ${t.seconds % 60} s`);
}
for (const [k, s] of Object.entries(total)) console.log(`${k}: about ${Math.round(s / 60)} minutes`);
console.log(overflow.length ? `Wider than 320 px:\n${overflow.join('\n')}` : 'Nothing wider than 320 px.');
await writeFile(path.join(out, 'timings.json'), JSON.stringify({ timings, overflow }, null, 2));
console.log(`${files.length} files in ${out}`);
