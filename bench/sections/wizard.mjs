// Answer -> next question painted, in the browser at 4x CPU throttle: the time
// from pressing Continue to the frame that shows the next question's heading.
// Side by side, in the same run: a static page that swaps in the same screens'
// HTML (captured from the app) on the same click, the floor for this step.
import { capturePage, clickAndTime, prepareSwap, showScreen, writeSwapPage } from '../static-swap.mjs';

const CPU_THROTTLE = 4; // the same as bench.mjs (ctx.throttle)
const SWAP_DIR = 'swap';
const CONTINUE = '[data-testid="continue"]';

const VISITS = 4;

/**
 * Runs in the page: main's HTML as shown, without what the app keeps hidden
 * (the answers of another kind of question, built ahead): the static page
 * swaps in only what is on screen.
 */
function shownMain() {
  const copy = document.querySelector('main').cloneNode(true);
  copy.querySelectorAll('[hidden]').forEach((el) => el.remove());
  return copy.innerHTML;
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
    // Which screen each Continue left, to compare step by step with the static swap.
    const from = [];
    const ticks = [];
    // The question screens of the first visit, as the app drew them, in order.
    const screens = [];
    let captured;
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
        if (v === 0) screens.push(await page.evaluate(shownMain));
        const before = page.url();
        from.push(s);
        continues.push(await page.evaluate(clickAndTime, CONTINUE));
        // The address follows the painted screen (src/ui/area.rs).
        await page.waitForURL((url) => url.href !== before);
      }
      if (v === 0) {
        screens.push(await page.evaluate(shownMain));
        captured = await capturePage(page);
      }
      await page.close();
    }
    // The same screens, swapped in by a static page: as many samples as the app's.
    const swaps = [];
    const swapFrom = [];
    const swapUrl = await writeSwapPage(ctx, server, SWAP_DIR, captured);
    for (let v = 0; v < VISITS; v++) {
      const page = await ctx.newBenchPage({ viewport: { width: 820, height: 1180 } });
      await page.goto(swapUrl);
      for (let i = 0; i + 1 < screens.length; i++) {
        await page.evaluate(showScreen, screens[i]);
        await page.evaluate(prepareSwap, { selector: CONTINUE, next: screens[i + 1] });
        swapFrom.push(from[i]);
        swaps.push(await page.evaluate(clickAndTime, CONTINUE));
      }
      await page.close();
    }
    const data = {
      throttle: CPU_THROTTLE,
      continue: ctx.stat(continues),
      staticSwap: ctx.stat(swaps),
      tick: ctx.stat(ticks),
    };
    // Step by step (on the console only, with BENCH_STEPS=1): where the app is furthest from the floor.
    if (process.env.BENCH_STEPS) {
      const by = (labels, times, label) => ctx.median(times.filter((_, i) => labels[i] === label));
      for (const label of [...new Set(from)]) {
        const app = by(from, continues, label);
        const swap = by(swapFrom, swaps, label);
        console.log(`${`${label} ->`.padEnd(22)} app ${app.toFixed(1).padStart(6)} ms  static ${swap.toFixed(1).padStart(6)} ms  ${(app / swap).toFixed(2)}x`);
      }
    }
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
      `${VISITS} whole visits (shared house) at ${CPU_THROTTLE}x CPU throttle; goal: p95 ≤ 16 ms, and within 1.3x of the static swap. Measured in the page, the same way for both (bench/static-swap.mjs): from the click until the first frame that shows the new heading has been painted (a task posted from that frame's animation callback). The static page (bench/tmp/static/${SWAP_DIR}/) has the app's stylesheets; its Continue sets \`main\`'s HTML to the next screen as the app drew it in the first visit.`,
    ].join('\n');
    return { data, markdown };
  },
};
