// Answer -> next question painted, in the browser at 4x CPU throttle: the time
// from pressing Continue to the frame that shows the next question's heading.
const CPU_THROTTLE = 4; // the same as bench.mjs (ctx.throttle)

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
        continues.push(await page.evaluate(continueAndTime));
      }
      await page.close();
    }
    const data = {
      throttle: CPU_THROTTLE,
      continue: ctx.stat(continues),
      tick: ctx.stat(ticks),
    };
    const markdown = [
      ctx.table(
        ['interaction', 'samples', 'median', 'p95'],
        [
          ['Continue → next question painted', String(data.continue.samples), `${data.continue.median.toFixed(1)} ms`, `${data.continue.p95.toFixed(1)} ms`],
          ['Tick a checkbox → next frame', String(data.tick.samples), `${data.tick.median.toFixed(1)} ms`, `${data.tick.p95.toFixed(1)} ms`],
        ],
      ),
      '',
      `${VISITS} whole visits (shared house) at ${CPU_THROTTLE}x CPU throttle; goal: p95 ≤ 16 ms. Measured in the page from the click to the first animation frame after the new heading is in the DOM.`,
    ].join('\n');
    return { data, markdown };
  },
};
