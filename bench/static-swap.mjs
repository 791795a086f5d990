// What the wizard and Train bench sections share: timing a click in the app
// until the next screen's heading is painted, and the same click on a static
// page that swaps in the next screen's HTML (as the app drew it), the floor
// for that step. Not a section itself: bench.mjs loads every file in
// sections/ as one.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// bench.mjs serves ctx.tmp/static/ at this prefix (not imported: bench.mjs imports the sections).
const STATIC_PREFIX = '/__static/';

/**
 * Runs in the page: click `selector`, then time until the first frame that
 * shows a new heading in main has been painted. The check runs in each
 * animation frame (never straight after the click), and "painted" is a task
 * posted from that frame's animation callback, which runs once the frame's
 * style, layout and paint are done. The static page's swap (`prepareSwap`)
 * is timed by this same function, so both include the layout and paint of
 * the new screen and neither waits for a frame more than the other.
 */
export async function clickAndTime(selector) {
  const h1 = () => document.querySelector('main h1')?.textContent;
  const before = h1();
  const t0 = performance.now();
  document.querySelector(selector).click();
  await new Promise((resolve) => {
    const painted = () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    };
    const check = () => (h1() !== before ? painted() : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
  return performance.now() - t0;
}

/** Runs in the static page: show `html` in main (untimed), then wait two frames. */
export async function showScreen(html) {
  document.querySelector('main').innerHTML = html;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Runs in the static page: makes clicking `selector` swap `next` into main.
 * The click is then timed by `clickAndTime`, the same code that times the
 * app, so both are measured to the same point.
 */
export function prepareSwap({ selector, next }) {
  const main = document.querySelector('main');
  const control = main.querySelector(selector);
  control.closest('form')?.addEventListener('submit', (e) => e.preventDefault());
  control.addEventListener('click', (e) => {
    e.preventDefault();
    main.innerHTML = next;
  });
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
