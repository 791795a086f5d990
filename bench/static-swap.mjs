// What the wizard and Train bench sections share: timing a click in the app
// until the next screen's heading is painted, and the same click on a static
// page that swaps in the next screen's HTML (as the app drew it), the floor
// for that step. Not a section itself: bench.mjs loads every file in
// sections/ as one.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// bench.mjs serves ctx.tmp/static/ at this prefix (not imported: bench.mjs imports the sections).
const STATIC_PREFIX = '/__static/';

/** Runs in the page: click `selector`, wait for main's heading to change, then for the next frame. */
export async function clickAndTime(selector) {
  const h1 = () => document.querySelector('main h1')?.textContent;
  const before = h1();
  const t0 = performance.now();
  document.querySelector(selector).click();
  await new Promise((resolve) => {
    const check = () => (h1() !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - t0;
}

/** Runs in the static page: show `html` in main (untimed), then wait two frames. */
export async function showScreen(html) {
  document.querySelector('main').innerHTML = html;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Runs in the static page: clicking `selector` swaps `next` into main; timed as in the app. */
export async function swapAndTime({ selector, next }) {
  const main = document.querySelector('main');
  const control = main.querySelector(selector);
  control.closest('form')?.addEventListener('submit', (e) => e.preventDefault());
  control.addEventListener('click', (e) => {
    e.preventDefault();
    main.innerHTML = next;
  });
  const h1 = () => document.querySelector('main h1')?.textContent;
  const before = h1();
  const t0 = performance.now();
  control.click();
  await new Promise((resolve) => {
    const check = () => (h1() !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - t0;
}

/** The app's stylesheets and its page around an empty main (no script), from an open page. */
export async function capturePage(page) {
  const cssHrefs = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname));
  const body = await page.evaluate(() => {
    const copy = document.body.cloneNode(true);
    copy.querySelectorAll('script').forEach((s) => s.remove());
    copy.querySelector('main').replaceChildren();
    return copy.innerHTML;
  });
  return { cssHrefs, body };
}

/** Writes the static page under ctx.tmp/static/`dir`/; returns its URL. */
export async function writeSwapPage(ctx, server, dir, { cssHrefs, body }) {
  const out = path.join(ctx.tmp, 'static', dir);
  await mkdir(out, { recursive: true });
  const links = [];
  for (const href of cssHrefs) {
    const name = path.basename(href);
    await copyFile(path.join(ctx.dist, href.replace(/^\/+/, '')), path.join(out, name));
    links.push(`<link rel="stylesheet" href="${name}">`);
  }
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>swap</title>${links.join('')}</head><body>${body}</body></html>`;
  await writeFile(path.join(out, 'index.html'), html);
  return `${server.url}${STATIC_PREFIX}${dir}/`;
}
