// Visit records: the time to save a 20 KB visit, and to show the list of 200
// visits, at 4x CPU throttle.
const CPU_THROTTLE = 4; // the same as bench.mjs (ctx.throttle)
const RUNS = 7;

/**
 * Until the app has taken over, a prerendered page is on screen (its heading
 * too), and its links are plain links that load a new page.
 */
const appReady = (page) => page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 30_000 });

/** Runs in the page: open the visits page from the nav and wait for 200 rows painted. */
async function timeList(count) {
  const t0 = performance.now();
  [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.getAttribute('href') === '/spot').click();
  await new Promise((resolve) => {
    const check = () =>
      document.querySelectorAll('.app-visit-list__item').length >= count ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check);
    check();
  });
  return performance.now() - t0;
}

export default {
  id: 'records',
  title: `Visit records (${CPU_THROTTLE}x CPU throttle)`,
  needsBrowser: true,
  async run(ctx) {
    const server = await ctx.server();
    // A real visit from the app, to copy.
    const seedPage = await ctx.newBenchPage({ throttle: 1 });
    await seedPage.goto(`${server.url}/`);
    await appReady(seedPage);
    await seedPage.getByRole('button', { name: 'Start a visit' }).click();
    await seedPage.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('sss.visit.')), null, { timeout: 5000 });
    const template = await seedPage.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith('sss.visit.')))));
    await seedPage.close();

    const saves = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await ctx.newBenchPage();
      await page.goto(`${server.url}/`);
      await appReady(page);
      await page.getByRole('button', { name: 'Start a visit' }).click();
      await page.waitForFunction(() => location.pathname.endsWith('/danger'));
      const id = page.url().split('/')[5];
      await page.goto(`${server.url}/spot/visit/${id}/check`);
      await page.locator('#general-notes').waitFor();
      await page.locator('#general-notes').fill('Twenty kilobytes of notes. '.repeat(760));
      saves.push(await page.evaluate(ctx.timeFlush));
      await page.close();
    }

    const lists = [];
    const listsLoaded = [];
    const loads = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await ctx.newBenchPage();
      await page.goto(`${server.url}/settings`);
      await appReady(page);
      await page.evaluate((t) => {
        const now = Date.now();
        for (let i = 0; i < 200; i++) {
          const v = { ...t, id: `bench${i}`, created_ms: now - i * 60000, updated_ms: now - i * 60000, location: `${i} Example Street` };
          localStorage.setItem(`sss.visit.${v.id}`, JSON.stringify(v));
        }
      }, template);
      const t0 = Date.now();
      await page.goto(`${server.url}/`);
      await appReady(page);
      loads.push(Date.now() - t0);
      // First open: the page's code comes over the network (no service worker
      // in a fresh context). Then again, with the code loaded, as it is once
      // the worker serves the app (it fetches every page's code at start).
      lists.push(await page.evaluate(timeList, 25));
      await page.evaluate(() => document.querySelector('a.app-header__name').click());
      await page.waitForURL(`${server.url}/`);
      await page.getByRole('button', { name: 'Start a visit' }).waitFor();
      listsLoaded.push(await page.evaluate(timeList, 25));
      await page.close();
    }
    const data = { throttle: CPU_THROTTLE, save20kb: ctx.stat(saves), list200: ctx.stat(lists), list200Loaded: ctx.stat(listsLoaded), startWith200: ctx.stat(loads) };
    const row = (label, s) => [label, String(s.samples), `${s.median.toFixed(1)} ms`, `${s.p95.toFixed(1)} ms`];
    const markdown = [
      ctx.table(['measure', 'runs', 'median', 'p95'], [
        row('Save a 20 KB visit (serialise + write + index)', data.save20kb),
        row('Open "Your visits" with 200 stored → newest 25 painted, its code fetched first', data.list200),
        row('The same, its code already loaded', data.list200Loaded),
        row('Cold start with 200 stored visits → the app has taken over the home page', data.startWith200),
      ]),
      '',
      `Goal for the list: < 100 ms. Since the wasm is split by route, the first open of a page in a fresh tab also fetches and compiles its code; a page the service worker serves has fetched every page's code half a second after start, which the second row shows. The save is timed around a pagehide event, which makes the app write every changed visit at once.`,
    ].join('\n');
    return { data, markdown };
  },
};
