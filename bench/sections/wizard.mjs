// Answer -> next question painted, in the browser at 4x CPU throttle: the time
// from pressing Continue to the frame that shows the next question's heading.
// Side by side, in the same run: a static page that swaps in the same screens'
// HTML (captured from the app) on the same click, the floor for this step.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const CPU_THROTTLE = 4; // the same as bench.mjs (ctx.throttle)
const SWAP_DIR = 'swap';
// bench.mjs serves ctx.tmp/static/ at this prefix (not imported: bench.mjs imports this file).
const STATIC_PREFIX = '/__static/';

const VISITS = 4;

/** Runs in the page: press Continue, wait for the heading to change, then for the next frame. */
async function continueAndTime() {
  const h1 = () => document.querySelector('main h1')?.textContent;
  const before = h1();
  const t0 = performance.now();
  document.querySelector('[data-testid="continue"]').click();
  await new Promise((resolve) => {
    const check = () => (h1() !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - t0;
}

/** Runs in the static page: show `screen` (untimed), then wait two frames. */
async function showScreen(html) {
  document.querySelector('main').innerHTML = html;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Runs in the static page: Continue swaps `next` into main; time it as the app's. */
async function swapAndTime(next) {
  const main = document.querySelector('main');
  const button = main.querySelector('[data-testid="continue"]');
  button.closest('form')?.addEventListener('submit', (e) => e.preventDefault());
  button.addEventListener('click', (e) => {
    e.preventDefault();
    main.innerHTML = next;
  });
  const h1 = () => document.querySelector('main h1')?.textContent;
  const before = h1();
  const t0 = performance.now();
  button.click();
  await new Promise((resolve) => {
    const check = () => (h1() !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - t0;
}

/** Writes a page with the app's stylesheets and its page around an empty
 *  main (header, nav, footer: no script); returns its URL. */
async function writeSwapPage(ctx, server, cssHrefs, body) {
  const dir = path.join(ctx.tmp, 'static', SWAP_DIR);
  await mkdir(dir, { recursive: true });
  const links = [];
  for (const href of cssHrefs) {
    const name = path.basename(href);
    await copyFile(path.join(ctx.dist, href.replace(/^\/+/, '')), path.join(dir, name));
    links.push(`<link rel="stylesheet" href="${name}">`);
  }
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>swap</title>${links.join('')}</head><body>${body}</body></html>`;
  await writeFile(path.join(dir, 'index.html'), html);
  return `${server.url}${STATIC_PREFIX}${SWAP_DIR}/`;
}

/** Runs in the page: tick a checkbox and wait for the next frame. */
async function tickAndTime(value) {
  const box = document.querySelector(`input[type="checkbox"][value="${value}"]`);
  const t0 = performance.now();
  box.click();
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  return performance.now() - t0;
}

export default {
  id: 'wizard',
  title: `Wizard: answer to next question painted (${CPU_THROTTLE}x CPU throttle)`,
  needsBrowser: true,
  async run(ctx) {
    const server = await ctx.server();
    const continues = [];
    const ticks = [];
    // The question screens of the first visit, as the app drew them, in order.
    const screens = [];
    let cssHrefs = [];
    let body = '';
    for (let v = 0; v < VISITS; v++) {
      const page = await ctx.newBenchPage({ viewport: { width: 820, height: 1180 } });
      await page.goto(`${server.url}/`);
      await page.locator('main h1').waitFor();
      await page.getByRole('button', { name: 'Start a visit' }).click();
      await page.waitForFunction(() => location.pathname.endsWith('/danger'));
      const step = () => new URL(page.url()).pathname.split('/').pop();
      for (let guard = 0; guard < 30 && step() !== 'check'; guard++) {
        const s = step();
        const pick = { danger: 'no', setting: 'shared-house', people: '2-5', 'under-18': 'no', consent: 'not-asked', place: 'england-wales' }[s];
        if (pick) await page.locator(`input[type="radio"][value="${pick}"]`).check();
        if (s.startsWith('observe-')) {
          const values = await page.locator('input[type="checkbox"]').evaluateAll((els) => els.map((e) => e.value));
          for (const value of values.slice(0, 3)) ticks.push(await page.evaluate(tickAndTime, value));
        }
        if (v === 0) screens.push(await page.evaluate(() => document.querySelector('main').innerHTML));
        continues.push(await page.evaluate(continueAndTime));
      }
      if (v === 0) {
        screens.push(await page.evaluate(() => document.querySelector('main').innerHTML));
        cssHrefs = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname));
        body = await page.evaluate(() => {
          const copy = document.body.cloneNode(true);
          copy.querySelectorAll('script').forEach((s) => s.remove());
          copy.querySelector('main').replaceChildren();
          return copy.innerHTML;
        });
      }
      await page.close();
    }
    // The same screens, swapped in by a static page: as many samples as the app's.
    const swaps = [];
    const swapUrl = await writeSwapPage(ctx, server, cssHrefs, body);
    for (let v = 0; v < VISITS; v++) {
      const page = await ctx.newBenchPage({ viewport: { width: 820, height: 1180 } });
      await page.goto(swapUrl);
      for (let i = 0; i + 1 < screens.length; i++) {
        await page.evaluate(showScreen, screens[i]);
        swaps.push(await page.evaluate(swapAndTime, screens[i + 1]));
      }
      await page.close();
    }
    const data = {
      throttle: CPU_THROTTLE,
      continue: ctx.stat(continues),
      staticSwap: ctx.stat(swaps),
      tick: ctx.stat(ticks),
    };
    data.ratio = { median: data.continue.median / data.staticSwap.median, p95: data.continue.p95 / data.staticSwap.p95 };
    const markdown = [
      ctx.table(
        ['interaction', 'samples', 'median', 'p95'],
        [
          ['Continue → next question painted', String(data.continue.samples), `${data.continue.median.toFixed(1)} ms`, `${data.continue.p95.toFixed(1)} ms`],
          ['Static page: Continue → the same next screen swapped in', String(data.staticSwap.samples), `${data.staticSwap.median.toFixed(1)} ms`, `${data.staticSwap.p95.toFixed(1)} ms`],
          ['app / static swap', '', `${data.ratio.median.toFixed(2)}x`, `${data.ratio.p95.toFixed(2)}x`],
          ['Tick a checkbox → next frame', String(data.tick.samples), `${data.tick.median.toFixed(1)} ms`, `${data.tick.p95.toFixed(1)} ms`],
        ],
      ),
      '',
      `${VISITS} whole visits (shared house) at ${CPU_THROTTLE}x CPU throttle; goal: p95 ≤ 16 ms, and within 1.3x of the static swap. Measured in the page from the click to the first animation frame after the new heading is in the DOM. The static page (bench/tmp/static/${SWAP_DIR}/) has the app's stylesheets; its Continue sets \`main\`'s HTML to the next screen as the app drew it in the first visit.`,
    ].join('\n');
    return { data, markdown };
  },
};
