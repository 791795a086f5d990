// Train: Next -> next slide painted, in the browser at 4x CPU throttle, side by
// side with a static page that swaps in the same slides' HTML (captured from
// the app) on the same click: the floor for this step (issue 13's 1.3x goal).
import { mkdir, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';

const CPU_THROTTLE = 4; // the same as bench.mjs (ctx.throttle)
const SWAP_DIR = 'train-swap';
// bench.mjs serves ctx.tmp/static/ at this prefix (not imported: bench.mjs imports this file).
const STATIC_PREFIX = '/__static/';
const RUNS = 3;
const SLIDES = 12;

/** Runs in the page: press Next, wait for the heading to change, then for the next frame. */
async function nextAndTime() {
  const h1 = () => document.querySelector('main h1')?.textContent;
  const before = h1();
  const t0 = performance.now();
  document.querySelector('[data-testid="next-slide"]').click();
  await new Promise((resolve) => {
    const check = () => (h1() !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - t0;
}

/** Runs in the static page: show `html` (untimed), then wait two frames. */
async function showSlide(html) {
  document.querySelector('main').innerHTML = html;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Runs in the static page: Next swaps `next` into main; timed as the app's. */
async function swapAndTime(next) {
  const main = document.querySelector('main');
  const link = main.querySelector('[data-testid="next-slide"]');
  link.addEventListener('click', (e) => {
    e.preventDefault();
    main.innerHTML = next;
  });
  const h1 = () => document.querySelector('main h1')?.textContent;
  const before = h1();
  const t0 = performance.now();
  link.click();
  await new Promise((resolve) => {
    const check = () => (h1() !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - t0;
}

export default {
  id: 'train',
  title: `Train: Next to next slide painted (${CPU_THROTTLE}x CPU throttle)`,
  needsBrowser: true,
  async run(ctx) {
    const server = await ctx.server();
    const nexts = [];
    const slides = [];
    let cssHrefs = [];
    let body = '';
    for (let r = 0; r < RUNS; r++) {
      const page = await ctx.newBenchPage({ viewport: { width: 1180, height: 820 } });
      await page.goto(`${server.url}/train`);
      await page.getByTestId('start-course').waitFor();
      await page.getByTestId('start-course').click();
      await page.getByTestId('next-slide').waitFor();
      for (let i = 0; i < SLIDES && (await page.getByTestId('next-slide').count()); i++) {
        if (r === 0) slides.push(await page.evaluate(() => document.querySelector('main').innerHTML));
        nexts.push(await page.evaluate(nextAndTime));
      }
      if (r === 0) {
        slides.push(await page.evaluate(() => document.querySelector('main').innerHTML));
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
    const dir = path.join(ctx.tmp, 'static', SWAP_DIR);
    await mkdir(dir, { recursive: true });
    const links = [];
    for (const href of cssHrefs) {
      const name = path.basename(href);
      await copyFile(path.join(ctx.dist, href.replace(/^\/+/, '')), path.join(dir, name));
      links.push(`<link rel="stylesheet" href="${name}">`);
    }
    await writeFile(
      path.join(dir, 'index.html'),
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>swap</title>${links.join('')}</head><body>${body}</body></html>`,
    );
    const swaps = [];
    for (let r = 0; r < RUNS; r++) {
      const page = await ctx.newBenchPage({ viewport: { width: 1180, height: 820 } });
      await page.goto(`${server.url}${STATIC_PREFIX}${SWAP_DIR}/`);
      for (let i = 0; i + 1 < slides.length; i++) {
        await page.evaluate(showSlide, slides[i]);
        swaps.push(await page.evaluate(swapAndTime, slides[i + 1]));
      }
      await page.close();
    }
    const data = { throttle: CPU_THROTTLE, next: ctx.stat(nexts), staticSwap: ctx.stat(swaps) };
    data.ratio = { median: data.next.median / data.staticSwap.median, p95: data.next.p95 / data.staticSwap.p95 };
    const markdown = [
      ctx.table(
        ['interaction', 'samples', 'median', 'p95'],
        [
          ['Next → next slide painted', String(data.next.samples), `${data.next.median.toFixed(1)} ms`, `${data.next.p95.toFixed(1)} ms`],
          ['Static page: Next → the same slide swapped in', String(data.staticSwap.samples), `${data.staticSwap.median.toFixed(1)} ms`, `${data.staticSwap.p95.toFixed(1)} ms`],
          ['app / static swap', '', `${data.ratio.median.toFixed(2)}x`, `${data.ratio.p95.toFixed(2)}x`],
        ],
      ),
      '',
      `The first ${SLIDES} slides of the self-paced course, ${RUNS} runs, at ${CPU_THROTTLE}x CPU throttle; goal (issue 13): within 1.3x of the static swap. Measured in the page from the click to the first animation frame after the new heading is in the DOM. The static page has the app's stylesheets; its Next sets \`main\`'s HTML to the next slide as the app drew it.`,
    ].join('\n');
    return { data, markdown };
  },
};
