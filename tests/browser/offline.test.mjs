// Offline and installable: after one visit online, the whole app works with
// no network (every route, deep links, the wizard, a summary, search, a
// reload); a new build waits for the user's Reload and never costs a note;
// the manifest names real icons; files are never answered with the app shell.
//
// The suite serves a copy of dist/ (a temp dir) so the update tests can put
// "build B" in place of "build A" under the same origin: B is A with another
// build id in sw.js and a marker in index.html and app.html, so no second cargo build.

import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import {
  APP_TITLE,
  DIST,
  assertNoPageErrors,
  checkAxe,
  fillStorageQuota,
  newPage,
  poll,
  waitForApp,
  waitForTitle,
  useBrowserSuite,
} from './helpers.mjs';

const TEST_TIMEOUT = 180_000;
const CACHE_PREFIX = 'sss-app-';

let site = null;
const suite = useBrowserSuite({
  root: async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'sss-offline-'));
    await cp(DIST, site, { recursive: true });
    return site;
  },
});
after(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

// ------------------------------------------------------------- builds ----

// .gz and .br copies for production servers (scripts/precompress.mjs).
const PRECOMPRESSED = /\.(gz|br)$/i;
const DIST_SW = await readFile(path.join(DIST, 'sw.js'), 'utf8');
const DIST_INDEX = await readFile(path.join(DIST, 'index.html'), 'utf8');
// The plain app shell every in-app address without a page of its own gets.
const DIST_APP = await readFile(path.join(DIST, 'app.html'), 'utf8');
const DIST_ID = DIST_SW.match(/const BUILD_ID\s*=\s*"([^"]+)"/)?.[1];

/** Every file of the build, as the precache should hold it (sw.js excluded). */
async function distFiles() {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(DIST, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .filter((rel) => rel !== 'sw.js' && !PRECOMPRESSED.test(rel))
    .sort();
}

/** Puts build A (dist/ as built) or build B in place on the server. */
async function serveBuild(which) {
  const id = which === 'A' ? DIST_ID : `${DIST_ID}-b`;
  const sw = DIST_SW.replace(/(const BUILD_ID\s*=\s*)"[^"]+"/, (_m, decl) => `${decl}"${id}"`);
  const mark = (html) => (which === 'A' ? html : html.replace('<head>', '<head><meta name="sss-test-build" content="B">'));
  for (const [name, body] of [['sw.js', sw], ['index.html', mark(DIST_INDEX)], ['app.html', mark(DIST_APP)]]) {
    await writeFile(path.join(site, name), body);
    // Under nginx (APP_SERVER=nginx) a stale precompressed copy would be sent
    // instead of the new file, as on a real server: a deploy replaces them too.
    for (const ext of ['.gz', '.br']) await rm(path.join(site, name + ext), { force: true });
  }
  return `${CACHE_PREFIX}${id}`;
}

// ------------------------------------------------------------ helpers ----

const stepOf = (page) => new URL(page.url()).pathname.split('/').pop();

/** Opens `path` online in a fresh context and waits until the worker controls the page. */
async function openControlled(routePath = '/', viewport = { width: 820, height: 1180 }) {
  const page = await newPage(suite.browser, suite.server.url, { viewport });
  await page.goto(routePath);
  await waitForApp(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await poll(async () => (await page.getByTestId('offline-status').getAttribute('data-readiness')) === 'ready', { timeout: 20_000 });
  return page;
}

async function goOffline(page) {
  await page.context().setOffline(true);
  await poll(() => page.evaluate(() => !navigator.onLine));
}

/** A full page load (served by the worker when offline); checks the app rendered. */
async function load(page, routePath) {
  const response = await page.goto(routePath);
  assert.equal(response?.status(), 200, `${routePath}: status`);
  await waitForApp(page);
  const h1 = (await page.locator('main h1').first().innerText()).trim();
  assert.notEqual(h1, '', `${routePath}: empty h1`);
  return response;
}

async function continueTo(page) {
  const before = page.url();
  await page.getByTestId('continue').click();
  await page.waitForURL((url) => url.href !== before, { timeout: 10_000 });
  await waitForApp(page);
}

/** Drives a shared-house visit with two signs from the first question to the result. */
async function driveWholeVisit(page) {
  const screens = [];
  for (let guard = 0; guard < 30 && stepOf(page) !== 'check'; guard++) {
    const step = stepOf(page);
    screens.push(step);
    const radio = { danger: 'no', setting: 'shared-house', people: '2-5', 'under-18': 'no', consent: 'not-asked' }[step];
    if (radio) await page.locator(`input[type="radio"][value="${radio}"]`).check();
    if (step === 'place') {
      await page.locator('#location').fill('12 Offline Street');
      await page.locator('input[type="radio"][value="england-wales"]').check();
    }
    if (step.startsWith('observe-')) {
      let ticked = 0;
      for (const id of ['living-mattresses-most-rooms', 'control-id-held-by-other']) {
        const box = page.locator(`input[type="checkbox"][value="${id}"]`);
        if (await box.count()) {
          await box.check();
          ticked++;
        }
      }
      if (!ticked) await page.locator('input[type="checkbox"][value="none"]').check();
    }
    await continueTo(page);
  }
  assert.equal(stepOf(page), 'check', `reached check your answers (went through ${screens.join(' > ')})`);
  await page.getByTestId('see-result').click();
  await page.waitForURL(/\/result$/);
  await waitForApp(page);
  return screens;
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

// -------------------------------------------------------------- tests ----

describe('after one visit online, everything works offline', () => {
  it('every route, each topic, a reload, and the search, with no network', { timeout: TEST_TIMEOUT }, async () => {
    const page = await openControlled('/');
    try {
      await goOffline(page);
      await load(page, '/sense');
      const topics = await page.locator('main a[href^="/sense/"]').evaluateAll((links) => [
        ...new Set(links.map((a) => new URL(a.href).pathname)),
      ]);
      assert.ok(topics.length >= 5, `the library lists its topics: ${topics}`);
      const routes = ['/', '/spot', '/spot/practice', '/spot/how-it-decides', '/stop', '/settings', ...topics];
      for (const route of routes) {
        await load(page, route);
        const title = await waitForTitle(page, (t) => t.endsWith(APP_TITLE));
        assert.ok(title.endsWith(APP_TITLE) && !title.startsWith('Page not found'), `${route}: title "${title}"`);
      }
      await load(page, '/no-such-page');
      assert.ok((await waitForTitle(page, (t) => t.startsWith('Page not found'))).startsWith('Page not found'));

      await load(page, '/sense');
      await page.locator('#search').fill('cuckooing');
      await poll(async () => (await page.locator('.app-search__result').count()) > 0);
      assert.ok((await page.locator('.app-search__result mark').count()) >= 1, 'search finds and highlights offline');

      await page.reload();
      await waitForApp(page);
      assert.match(await page.locator('main h1').first().innerText(), /\S/, 'a reload while offline renders the app');
      assert.equal(await page.evaluate(() => navigator.onLine), false);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('Train, with its own stylesheet, from the home page and from a deep link', { timeout: TEST_TIMEOUT }, async () => {
    // Train's stylesheet is no part of the first load (issue 15): the worker
    // must have stored it, or Train would be drawn unstyled offline.
    const page = await openControlled('/');
    const trainSheet = () =>
      page.evaluate(() => [...document.styleSheets].filter((s) => s.href?.endsWith('/train.css')).map((s) => s.cssRules.length));
    try {
      assert.deepEqual(await trainSheet(), [], 'not on the home page');
      await goOffline(page);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Train' }).click();
      await page.getByTestId('start-course').waitFor();
      const [rules] = await trainSheet();
      assert.ok(rules > 0, 'opened from the home page, Train has its rules');
      await page.getByTestId('start-course').click();
      await page.getByTestId('next-slide').waitFor();
      await load(page, '/train/course/m1/definition');
      assert.equal((await trainSheet()).length, 1, 'a deep link has it, once');
      assert.ok((await trainSheet())[0] > 0);
      const points = await page.locator('.app-train-points').evaluate((el) => getComputedStyle(el).fontSize);
      assert.equal(points, '19px', 'its rules apply');
      await load(page, '/train');
      assert.deepEqual((await trainSheet()).length, 1, 'the prerendered page has it, once');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('the whole wizard, then the visit\u2019s summary from a deep link opened fresh in a new page', { timeout: TEST_TIMEOUT }, async () => {
    const page = await openControlled('/spot');
    const context = page.context();
    try {
      await goOffline(page);
      await page.getByRole('button', { name: 'Start a visit' }).click();
      await page.waitForURL(/\/spot\/visit\/[^/]+\/danger$/);
      await waitForApp(page);
      const id = new URL(page.url()).pathname.split('/')[3];
      const screens = await driveWholeVisit(page);
      assert.ok(screens.includes('consent'), `an adult visit walks every branch: ${screens.join(' > ')}`);
      assert.equal(await page.getByTestId('level').getAttribute('data-level'), 'high');

      // Deep links opened fresh, with no network: a visit's summary and a question.
      const fresh = await context.newPage();
      try {
        await load(fresh, `/spot/visit/${id}/summary`);
        const summary = await fresh.getByTestId('summary').innerText();
        assert.match(summary, /12 Offline Street/);
        assert.match(summary, /Mattresses on the floor in most rooms/i);
        await load(fresh, `/spot/visit/${id}/observe-people`);
        assert.equal(stepOf(fresh), 'observe-people');
        await load(fresh, '/sense/glossary#cuckooing');
        assert.match(await fresh.locator('#cuckooing').innerText(), /Cuckooing/i);
        assertNoPageErrors(fresh);
      } finally {
        await fresh.close();
      }
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('the status line says it all works offline and nothing is sent, and follows the network', { timeout: TEST_TIMEOUT }, async () => {
    const page = await openControlled('/', { width: 320, height: 640 });
    try {
      const status = page.getByTestId('offline-status');
      assert.equal(await status.getByRole('status').count(), 1, 'a polite live region');
      assert.equal(await status.innerText(), 'Nothing you enter is ever sent. Everything in this app works offline.');
      await goOffline(page);
      await poll(async () => (await status.getAttribute('data-online')) === 'false');
      assert.equal(await status.innerText(), 'Nothing you enter is ever sent. You are offline. Everything in this app still works.');
      const violations = await checkAxe(page);
      assert.deepEqual(violations, [], `axe:\n${violations.join('\n')}`);
      await page.context().setOffline(false);
      await poll(async () => (await status.getAttribute('data-online')) === 'true');
      assert.match(await status.innerText(), /Everything in this app works offline\.$/);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('installable', () => {
  it('the manifest parses and names icons that exist, at their stated sizes', { timeout: TEST_TIMEOUT }, async () => {
    const page = await openControlled('/');
    try {
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href);
      assert.equal(manifest.name, APP_TITLE);
      assert.ok(manifest.short_name && manifest.short_name.length <= 15, 'a short name for the home screen');
      assert.equal(manifest.start_url, '/');
      assert.equal(manifest.display, 'standalone');
      assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
      assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
      const png = manifest.icons.filter((i) => i.type === 'image/png');
      for (const want of [{ sizes: '192x192', purpose: 'any' }, { sizes: '512x512', purpose: 'any' }, { sizes: '512x512', purpose: 'maskable' }]) {
        assert.ok(png.some((i) => i.sizes === want.sizes && i.purpose === want.purpose), `an icon ${want.sizes} ${want.purpose}`);
      }
      for (const icon of manifest.icons) {
        const got = await page.evaluate(async (src) => {
          const r = await fetch(src);
          const bytes = new Uint8Array(await r.arrayBuffer());
          const view = new DataView(bytes.buffer);
          // PNG: width and height are the IHDR's first two big-endian words.
          const png = bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
          return { status: r.status, type: r.headers.get('content-type'), size: png ? `${view.getUint32(16)}x${view.getUint32(20)}` : null };
        }, icon.src);
        assert.equal(got.status, 200, `${icon.src}: status`);
        assert.ok(got.type.startsWith(icon.type), `${icon.src}: type ${got.type}`);
        if (icon.type === 'image/png') assert.equal(got.size, icon.sizes, `${icon.src}: drawn at its stated size`);
      }
      const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
      assert.equal(await page.evaluate(async (src) => (await fetch(src)).status, apple), 200, 'the iPad home-screen icon exists');
    } finally {
      await page.close();
    }
  });

  it('a first visit registers the worker only once the app\u2019s page is on screen and loaded, so its install does not slow the start', { timeout: TEST_TIMEOUT }, async () => {
    for (const address of ['/sense/the-law', '/train/review']) {
      const page = await newPage(suite.browser, suite.server.url, { viewport: { width: 820, height: 1180 } });
      try {
        // What the page looked like when the app asked for its worker.
        await page.addInitScript(() => {
          const register = ServiceWorkerContainer.prototype.register;
          ServiceWorkerContainer.prototype.register = function (...args) {
            window.__registeredWhen = { app: document.documentElement.dataset.app ?? null, readyState: document.readyState };
            return register.apply(this, args);
          };
        });
        await page.goto(address);
        await waitForApp(page);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
        assert.deepEqual(
          await page.evaluate(() => window.__registeredWhen),
          { app: 'ready', readyState: 'complete' },
          `${address}: registered after the takeover and the load`,
        );
        await poll(async () => (await page.getByTestId('offline-status').getAttribute('data-readiness')) === 'ready', { timeout: 20_000 });
        assertNoPageErrors(page);
      } finally {
        await page.close();
      }
    }
  });

  it('the service worker is active, controls the page, and has stored every file of the build', { timeout: TEST_TIMEOUT }, async () => {
    const page = await openControlled('/sense');
    try {
      const worker = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return {
          scope: reg.scope,
          active: reg.active?.state,
          controller: navigator.serviceWorker.controller?.scriptURL,
        };
      });
      assert.equal(worker.scope, `${suite.server.url}/`);
      assert.equal(worker.active, 'activated');
      assert.equal(worker.controller, `${suite.server.url}/sw.js`);
      assert.ok(DIST_ID && /^[0-9a-f]{16}$/.test(DIST_ID), `sw.js carries a build id: ${DIST_ID}`);
      assert.deepEqual(await cacheNames(page), [`${CACHE_PREFIX}${DIST_ID}`]);
      const cached = await page.evaluate(async (name) => {
        const cache = await caches.open(name);
        return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
      }, `${CACHE_PREFIX}${DIST_ID}`);
      assert.deepEqual(cached, await distFiles(), 'the precache is exactly the build');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('files are never answered with the app shell', () => {
  it('robots.txt, the favicon and sw.js come as themselves, online and offline; a missing file is a 404', { timeout: TEST_TIMEOUT }, async () => {
    const page = await openControlled('/');
    try {
      const fetchInfo = (url) =>
        page.evaluate(async (u) => {
          try {
            const r = await fetch(u);
            return { status: r.status, type: r.headers.get('content-type'), cache: r.headers.get('cache-control'), body: await r.text() };
          } catch (err) {
            return { error: String(err) };
          }
        }, url);
      const sw = await fetchInfo('/sw.js');
      assert.equal(sw.cache, 'no-cache', 'sw.js is always revalidated, so a new build is seen');
      assert.match(sw.type, /javascript/);
      const missing = await fetchInfo('/no-such-file.js');
      assert.equal(missing.status, 404, 'a missing file is a 404, not the shell');

      for (const online of [true, false]) {
        if (!online) await goOffline(page);
        const robots = await fetchInfo('/robots.txt');
        assert.equal(robots.status, 200);
        assert.match(robots.type, /^text\/plain/);
        assert.match(robots.body, /^User-agent: \*$/m);
        const favicon = await fetchInfo('/favicon.svg');
        assert.match(favicon.type, /^image\/svg\+xml/);
        assert.match(favicon.body, /^<svg/);
        // Opened as a page, too (a navigation, which the worker answers for app paths).
        const response = await page.goto('/robots.txt');
        assert.match(response.headers()['content-type'], /^text\/plain/, `robots.txt as a page (${online ? 'online' : 'offline'})`);
        assert.match(await page.locator('body').innerText(), /User-agent/);
        await page.goBack();
      }
    } finally {
      await page.close();
    }
  });
});

describe('a new version never costs a note', () => {
  /** Opens build A, starts a visit and goes to its notes; returns { page, id }. */
  async function visitOnBuildA() {
    const cacheA = await serveBuild('A');
    const page = await openControlled('/');
    assert.deepEqual(await cacheNames(page), [cacheA]);
    await page.getByRole('button', { name: 'Start a visit' }).click();
    await page.waitForURL(/\/spot\/visit\/[^/]+\/danger$/);
    const id = new URL(page.url()).pathname.split('/')[3];
    // The page's clock is the test's from the next page on (it still runs
    // on its own): "nothing reloads by itself" runs every timer the app set.
    await page.clock.install();
    await page.goto(`/spot/visit/${id}/check`);
    await waitForApp(page);
    await page.locator('#general-notes').waitFor();
    return { page, id, cacheA };
  }

  /** Build B appears; the app hears of it when the network comes back. */
  async function buildBArrives(page) {
    const cacheB = await serveBuild('B');
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    const banner = page.getByTestId('update-banner');
    await banner.waitFor({ state: 'visible', timeout: 20_000 });
    return { banner, cacheB };
  }

  it('build B waits, the banner offers it, and Reload keeps every word typed and removes A\u2019s cache', { timeout: TEST_TIMEOUT }, async () => {
    const { page, id, cacheA } = await visitOnBuildA();
    try {
      await page.locator('#general-notes').fill('Typed on build A.');
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
      const { banner, cacheB } = await buildBArrives(page);
      assert.match(await banner.innerText(), /A new version is ready/);
      assert.equal(await banner.getByRole('button', { name: 'Reload' }).count(), 1);
      assert.equal(await page.getByTestId('update').getAttribute('aria-live'), 'polite', 'the banner is announced');
      const violations = await checkAxe(page);
      assert.deepEqual(violations, [], `axe with the banner:\n${violations.join('\n')}`);

      // The new build waits: nothing reloads by itself, A still controls the
      // page, whatever the app had set to happen in the next minute.
      await page.clock.runFor(60_000);
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the app did not reload by itself');
      const waiting = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return { waiting: reg.waiting?.state ?? null, hasB: document.querySelector('meta[name="sss-test-build"]') !== null };
      });
      assert.deepEqual(waiting, { waiting: 'installed', hasB: false });
      assert.deepEqual((await cacheNames(page)).sort(), [cacheA, cacheB].sort(), 'both builds are stored while B waits');
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'still the same page after those round trips');

      // Typed just before Reload, inside the 300 ms autosave delay.
      const notes = 'Typed on build A. And one more line just before Reload.';
      await page.locator('#general-notes').fill(notes);
      await banner.getByRole('button', { name: 'Reload' }).click();
      await poll(() => page.evaluate(() => document.querySelector('meta[name="sss-test-build"]')?.content === 'B').catch(() => false), { timeout: 20_000 });
      await waitForApp(page);
      await page.locator('#general-notes').waitFor();
      assert.equal(await page.locator('#general-notes').inputValue(), notes, 'the typed text survived the reload into B');
      assert.equal(new URL(page.url()).pathname, `/spot/visit/${id}/check`);
      assert.equal(await page.getByTestId('update-banner').count(), 0, 'no banner once on the new build');
      const gone = await poll(async () => {
        const names = await cacheNames(page);
        return names.length === 1 && names[0] === cacheB;
      }, { timeout: 10_000 });
      assert.ok(gone, `only B's cache is left: ${await cacheNames(page)}`);
      assertNoPageErrors(page);
    } finally {
      await page.close();
      await serveBuild('A');
    }
  });

  it('Reload does not reload while a visit has changes that could not be saved, and says why', { timeout: TEST_TIMEOUT }, async () => {
    const { page, id } = await visitOnBuildA();
    try {
      await page.locator('#general-notes').fill('Saved words.');
      await poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').general_notes === 'Saved words.', `sss.visit.${id}`));
      const { banner } = await buildBArrives(page);
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
      // Someone else's data fills the origin's storage quota.
      await fillStorageQuota(page);
      const unsaved = `Saved words. ${'A long paragraph that cannot be saved. '.repeat(300)}`;
      await page.locator('#general-notes').fill(unsaved);
      await banner.getByRole('button', { name: 'Reload' }).click();
      const blocked = page.getByTestId('update-blocked');
      await blocked.waitFor({ timeout: 5_000 });
      assert.match(await blocked.innerText(), /^Not reloaded, so that nothing is lost\./);
      assert.match(await blocked.innerText(), /full/, 'says why: the storage is full');
      assert.equal(await blocked.getAttribute('role'), 'alert');
      await page.clock.runFor(60_000);
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page was not reloaded');
      assert.equal(await page.locator('#general-notes').inputValue(), unsaved, 'the unsaved text is still on screen');
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting?.state), 'installed', 'B still waits');

      // With room made, Reload saves and moves to B.
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
      await banner.getByRole('button', { name: 'Reload' }).click();
      await poll(() => page.evaluate(() => document.querySelector('meta[name="sss-test-build"]')?.content === 'B').catch(() => false), { timeout: 20_000 });
      await waitForApp(page);
      await page.locator('#general-notes').waitFor();
      assert.equal(await page.locator('#general-notes').inputValue(), unsaved);
      assertNoPageErrors(page);
    } finally {
      await page.close();
      await serveBuild('A');
    }
  });

  it('with a practice visit open, the banner says reloading ends it (practice visits are never stored)', { timeout: TEST_TIMEOUT }, async () => {
    await serveBuild('A');
    const page = await openControlled('/spot/practice');
    try {
      await page.getByRole('button', { name: /^Start this practice visit/ }).first().click();
      await page.waitForURL(/\/spot\/practice\/[^/]+\/[a-z-]+$/);
      const { banner } = await buildBArrives(page);
      assert.match(await banner.getByTestId('practice-ends').innerText(), /reloading ends the one you have open/);
    } finally {
      await page.close();
    }
  });
});
