// Shared helpers for the browser suite (node:test + playwright-core + axe).
//
// Every page made with newPage() records each request URL into a module-level
// list; assertNoForeignRequests() in a test file's `after` hook then fails the
// file if anything during the whole file went to another origin. Each test file
// is its own process under `node --test`, so the list is per file.
//
// The browser is Debian's /usr/bin/chromium: nothing here ever downloads one.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startNginx } from '../nginx.mjs';
import { startServer } from '../server.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// APP_DIST=dir runs the suite against another build directory (default dist/).
export const DIST = process.env.APP_DIST ? path.resolve(process.env.APP_DIST) : path.join(REPO_ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** The app's title suffix: every page title ends with it. */
export const APP_TITLE = 'Sense it. Spot it. Stop it.';

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

export const AXE_TAGS = Object.freeze(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);

/** Every request URL made by any page/context created through newPage(). */
export const requests = [];

/** Launch headless Chromium. */
export async function launch(options = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: run "make setup" (apt-get install chromium).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
    ...options,
  });
}

/**
 * APP_SERVER=nginx serves the app through Debian's nginx with the shipped
 * configuration (tests/nginx.mjs, deploy/nginx/app.conf); otherwise through
 * tests/server.mjs.
 */
export const APP_SERVER = process.env.APP_SERVER || 'node';

/**
 * Start a server over dist/ (or `root`) on a free port of 127.0.0.1.
 * Resolves to { url, close }.
 */
export async function startDistServer(root = DIST) {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${path.join(root, 'index.html')} is missing: run "make build" first.`);
  }
  return APP_SERVER === 'nginx' ? startNginx({ root }) : startServer({ root, port: 0 });
}

const pageErrors = new WeakMap();

/**
 * A new page in a fresh browser context (fresh storage, fresh cache).
 * Records requests (module-level `requests`) and console/page errors
 * (read them with errorsOf(page)). Closing the page closes its context.
 */
export async function newPage(browser, baseUrl, { viewport = { width: 1280, height: 800 }, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport, baseURL: baseUrl, ...contextOptions });
  context.on('request', (req) => requests.push(req.url()));
  const page = await context.newPage();
  const errors = [];
  pageErrors.set(page, errors);
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      const where = loc?.url ? ` (${loc.url}:${loc.lineNumber})` : '';
      errors.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err?.stack || err}`));
  page.on('crash', () => errors.push('page crashed'));
  page.once('close', () => context.close().catch(() => {}));
  return page;
}

let requestMarks = 0;

/**
 * A point in `page`'s context's requests, for requestsSince(). The test makes a
 * request of its own from the page and waits until the browser reports it:
 * reports come in the order the page started the requests, so every request
 * the page started before has been reported by then (no fixed wait).
 */
export async function requestMark(page) {
  const tag = `/robots.txt?sss-request-mark=${++requestMarks}`;
  const seen = page.context().waitForEvent('request', { predicate: (r) => r.url().endsWith(tag), timeout: 10_000 });
  await page.evaluate((t) => fetch(t).then(() => null, () => null), tag);
  await seen;
  return requests.findIndex((u) => u.endsWith(tag));
}

/** The requests `page`'s context started after `mark`, less the marks themselves. */
export async function requestsSince(page, mark) {
  const end = await requestMark(page);
  return requests.slice(mark + 1, end).filter((u) => !u.includes('sss-request-mark='));
}

/** Console errors and uncaught page errors recorded so far for `page`. */
export function errorsOf(page) {
  return [...(pageErrors.get(page) ?? [])];
}

/** Fail if `page` logged a console error or threw an uncaught error. */
export function assertNoPageErrors(page, label = page.url()) {
  const errors = errorsOf(page);
  assert.deepEqual(errors, [], `${label}: console/page errors:\n  ${errors.join('\n  ')}`);
}

/** URLs recorded so far whose origin is not baseUrl's (data: and blob: are fine). */
export function foreignRequests(baseUrl) {
  const origin = new URL(baseUrl).origin;
  return requests.filter((u) => {
    let url;
    try {
      url = new URL(u);
    } catch {
      return true;
    }
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
    return url.origin !== origin;
  });
}

/** Fail if any request recorded during this file went to another origin. */
export function assertNoForeignRequests(baseUrl) {
  const foreign = [...new Set(foreignRequests(baseUrl))];
  assert.deepEqual(
    foreign,
    [],
    `requests left ${new URL(baseUrl).origin} (the app must make no third-party requests):\n  ${foreign.join('\n  ')}`,
  );
}

/** Format axe violations as readable strings (empty array = clean). */
export function formatViolations(violations) {
  return violations.map((v) => {
    const targets = v.nodes.map((n) => `    - ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`);
    return `${v.id} [${v.impact ?? 'n/a'}] ${v.help}\n${targets.join('\n')}`;
  });
}

/**
 * Run axe (WCAG 2.2 AA and below) on the page as it is now.
 * Returns the violations as readable strings: assert.deepEqual(await checkAxe(page), []).
 */
export async function checkAxe(page, { include, exclude } = {}) {
  let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  return formatViolations(results.violations);
}

/** Wait until the app has rendered: `main h1` is visible. */
export async function waitForApp(page, { timeout = 15_000 } = {}) {
  // A page whose code is still being fetched leaves the previous page on
  // screen with <main aria-busy="true">; library pages read their text from
  // a file the same way. Wait until the new page (or its error) is shown.
  // A prerendered page is on screen before the app: wait until the app has
  // taken over (public/boot.js marks <html data-app="ready">).
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout });
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout });
  await page.locator('main[aria-busy="true"], main [aria-busy="true"]').first().waitFor({ state: 'detached', timeout });
}

/**
 * Poll document.title until `predicate(title)` holds or `timeout` passes; returns
 * the last title seen so the caller's assertion message shows it.
 */
export async function waitForTitle(page, predicate, { timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  let title = await page.title();
  while (!predicate(title) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    title = await page.title();
  }
  return title;
}

/** Poll `fn` (async) until it returns a truthy value or timeout; returns the last value. */
export async function poll(fn, { timeout = 5_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  let value = await fn();
  while (!value && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, interval));
    value = await fn();
  }
  return value;
}

/** A description of the focused element: tag, id, class, href, accessible-ish name, landmark. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: el ? 'body' : null };
    const name = (el.getAttribute('aria-label') || el.innerText || el.textContent || '').trim().replace(/\s+/g, ' ');
    const nav = el.closest('nav');
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id || null,
      className: typeof el.className === 'string' ? el.className : null,
      href: el.getAttribute('href'),
      name,
      nav: nav ? nav.getAttribute('aria-label') : null,
    };
  });
}

/**
 * Registers the hooks every browser test file needs: a server over dist/ and a
 * browser before the tests, and afterwards the check that no request went to
 * another origin. Returns an object whose `server` and `browser` are set once
 * the `before` hook has run. `root` (a directory, or an async function that
 * returns one) serves something other than dist/, e.g. a copy a test changes.
 */
export function useBrowserSuite({ root } = {}) {
  const suite = { server: null, browser: null };
  before(async () => {
    suite.server = await startDistServer(typeof root === 'function' ? await root() : root);
    suite.browser = await launch();
  });
  after(async () => {
    try {
      if (suite.server) assertNoForeignRequests(suite.server.url);
    } finally {
      await suite.browser?.close();
      await suite.server?.close();
    }
  });
  return suite;
}

/** Fills the rest of the origin's localStorage quota with someone else's data ("filler-*" keys). */
export async function fillStorageQuota(page) {
  await page.evaluate(() => {
    let size = 1 << 22;
    let i = 0;
    while (size > 64) {
      try {
        localStorage.setItem(`filler-${i++}`, 'f'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

/** The sizes every screenshot script takes: tablet portrait and landscape, and a 320 px phone. */
export const SCREENSHOT_SIZES = Object.freeze([
  { name: 'portrait', width: 820, height: 1180 },
  { name: 'landscape', width: 1180, height: 820 },
  { name: 'phone', width: 320, height: 640 },
]);

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `body(random)` with a seeded `random()` in place of Math.random. The
 * seed is TEST_SEED if set, otherwise new each run; a failure names it, so
 * `TEST_SEED=<seed> node --test ...` repeats the same moments.
 */
export async function withSeed(label, body) {
  const seed = Number(process.env.TEST_SEED ?? Math.floor(Date.now() % 2 ** 31));
  try {
    return await body(mulberry32(seed));
  } catch (e) {
    e.message = `${e.message}\n(${label}: TEST_SEED=${seed} repeats this run)`;
    throw e;
  }
}

/** Waits until the page has drawn a frame: anything a handler put up is on screen. */
export async function nextFrame(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * On the Train presenter view, presses → until slide `position` (from 1) of
 * `total` is on the room's screen. Each press shows the room one more thing
 * (an answer, the next item, the next slide), so each is waited for by the
 * change in the room's screen the presenter previews before the next press.
 */
export async function presentForwardTo(presenter, position, total) {
  const at = presenter.getByTestId('present-position');
  const room = presenter.locator('.app-audience--preview');
  const want = `${position} of ${total}`;
  for (let presses = 0; (await at.innerText()) !== want; presses++) {
    if (presses > 400) throw new Error(`→ never reached slide ${want}`);
    const before = await room.innerText();
    await presenter.keyboard.press('ArrowRight');
    if (!(await poll(async () => (await room.innerText()) !== before))) throw new Error(`→ changed nothing on the room's screen at ${await at.innerText()}`);
  }
}
