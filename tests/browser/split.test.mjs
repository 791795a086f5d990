// The wasm is split by route (scripts/split-wasm.mjs, src/ui/lazy_routes.rs):
// the home page loads no page's chunk, a page fetches its own when opened,
// a chunk that cannot be fetched gives a clear message and loses nothing,
// and a page the service worker serves holds every chunk soon after start.
// The first tests block the worker, so every file comes from the network.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdir } from 'node:fs/promises';
import { DIST, assertNoPageErrors, checkAxe, errorsOf, newPage, poll, requestMark, requestsSince, waitForApp, useBrowserSuite } from './helpers.mjs';

const TEST_TIMEOUT = 120_000;
const suite = useBrowserSuite();

const CHUNK = /-(split|chunk)_[a-z0-9_]+\.wasm$/;

/**
 * Records in the page every wasm file it asks for, at the moment it asks
 * (window.__wasmAsked: a chunk the worker stored is read from the store with
 * no request, so request events and resource timing do not see it), and
 * every one it compiles (window.__wasmLoaded).
 */
const recordWasmLoads = (page) =>
  page.addInitScript(() => {
    const asked = (window.__wasmAsked = []);
    const loaded = (window.__wasmLoaded = []);
    const note = (input) => {
      const path = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
      if (path.endsWith('.wasm')) asked.push(path);
    };
    const { fetch } = window;
    window.fetch = function (input, init) {
      note(input);
      return fetch.call(this, input, init);
    };
    const { match } = CacheStorage.prototype;
    CacheStorage.prototype.match = function (input, options) {
      note(input);
      return match.call(this, input, options);
    };
    const { instantiateStreaming } = WebAssembly;
    WebAssembly.instantiateStreaming = function (source, imports) {
      Promise.resolve(source).then((r) => loaded.push(new URL(r.url).pathname), () => {});
      return instantiateStreaming.call(this, source, imports);
    };
  });

async function open(path, fetched) {
  const page = await newPage(suite.browser, suite.server.url, {
    viewport: { width: 820, height: 1180 },
    serviceWorkers: 'block',
  });
  page.on('requestfinished', (req) => fetched?.push(new URL(req.url()).pathname));
  await page.goto(path);
  await waitForApp(page);
  return page;
}

describe('the app is split by route', () => {
  it('the home page fetches no page chunk; opening a page fetches its own', { timeout: TEST_TIMEOUT }, async () => {
    const fetched = [];
    const page = await open('/', fetched);
    try {
      await page.waitForLoadState('networkidle');
      assert.deepEqual(fetched.filter((p) => CHUNK.test(p)), [], 'chunks fetched for the home page');
      assert.equal(fetched.filter((p) => p.endsWith('_bg.wasm')).length, 1, 'the main wasm is fetched once');

      await page.locator('main').getByRole('link', { name: /^Sense it/ }).first().click();
      await waitForApp(page);
      assert.match(await page.locator('main h1').textContent(), /Learn about trafficking/);
      const sense = fetched.filter((p) => CHUNK.test(p));
      assert.ok(sense.some((p) => p.includes('-split_sense')), `the library's chunk was fetched: ${sense.join(', ')}`);
      assert.ok(!sense.some((p) => p.includes('-split_spot_visit')), 'the wizard was not fetched for the library');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('a deep link to a visit screen opens with its chunk', { timeout: TEST_TIMEOUT }, async () => {
    const fetched = [];
    const page = await open('/', fetched);
    try {
      await page.getByRole('button', { name: 'Start a visit' }).click();
      await waitForApp(page);
      assert.match(new URL(page.url()).pathname, /^\/spot\/visit\/[^/]+\/danger$/);
      fetched.length = 0;
      await page.reload();
      await waitForApp(page);
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Is anyone in immediate danger?');
      assert.ok(fetched.some((p) => p.includes('-split_spot_visit')), `the visit's chunk was fetched: ${fetched.join(', ')}`);
      assert.ok(!fetched.some((p) => p.includes('-split_sense')), "the library's chunk was not fetched");
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('a page whose code cannot be fetched says so, keeps what was typed, and opens after a reload', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      // A real visit, with a note typed and saved.
      await page.getByRole('button', { name: 'Start a visit' }).click();
      await waitForApp(page);
      const id = new URL(page.url()).pathname.split('/')[3];
      await page.goto(`/spot/visit/${id}/check`);
      await waitForApp(page);
      await page.locator('#general-notes').fill('note typed before the network went');

      // The settings chunk cannot be fetched (as if offline before the app
      // had stored itself).
      await page.route(/-split_settings\.wasm$/, (route) => route.abort('internetdisconnected'));
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Settings/ }).click();
      const failed = page.getByTestId('page-load-failed');
      await failed.waitFor();
      assert.equal(await failed.textContent(), 'This page could not be opened');
      // The title follows once the page is painted (ui/components/page_title.rs).
      await page.waitForFunction(() => document.title.startsWith('This page could not be opened'));
      assert.match(await page.title(), /This page could not be opened/);
      assert.deepEqual(await checkAxe(page), []);
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).general_notes, `sss.visit.${id}`);
      assert.equal(stored, 'note typed before the network went');

      // Back online: Reload opens the page.
      await page.unroute(/-split_settings\.wasm$/);
      await page.getByRole('button', { name: 'Reload the app' }).click();
      await waitForApp(page);
      assert.equal(await page.locator('main h1').textContent(), 'Settings and privacy');
      await page.goto(`/spot/visit/${id}/check`);
      await waitForApp(page);
      assert.equal(await page.locator('#general-notes').inputValue(), 'note typed before the network went');
    } finally {
      await page.close();
    }
  });

  it('served by the service worker, the app fetches every chunk early, so an open tab survives losing the stored files', { timeout: TEST_TIMEOUT }, async () => {
    const page = await newPage(suite.browser, suite.server.url, { viewport: { width: 820, height: 1180 } });
    try {
      await recordWasmLoads(page);
      await page.goto('/');
      await waitForApp(page);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await waitForApp(page);
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the worker controls the page');
      const chunkFiles = (await readdir(DIST)).filter((f) => CHUNK.test(f) && f.includes('-split_'));
      assert.ok(chunkFiles.length >= 5, `route chunks in dist/: ${chunkFiles.join(', ')}`);
      // Every route's chunk is loaded soon after start, with no page opened.
      const loadedEarly = await poll(async () => {
        const names = await page.evaluate(() => window.__wasmLoaded);
        return chunkFiles.every((f) => names.includes('/' + f));
      }, { timeout: 10_000 });
      assert.ok(loadedEarly, 'every route chunk was loaded without opening its page');
      // Then the network and the stored files go (as when a new version has
      // replaced them): every page still opens.
      await page.context().setOffline(true);
      await page.evaluate(async () => Promise.all((await caches.keys()).map((k) => caches.delete(k))));
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const [link, heading] of [[/Sense it/, /Learn about trafficking/], [/Spot it/, /Your visits/], [/Stop it/, /Who to contact/], [/Settings/, /Settings and privacy/]]) {
        await nav.getByRole('link', { name: link }).click();
        await waitForApp(page);
        assert.match(await page.locator('main h1').textContent(), heading);
      }
      // Files read on demand (the library's search text, the favicon) are
      // gone with the store; the app's code is not.
      const errors = errorsOf(page).filter((e) => !/Failed to load resource: net::ERR_FAILED/.test(e));
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('a quick exit stops the early fetching: the cover loads no chunk and makes no request', { timeout: TEST_TIMEOUT }, async () => {
    const page = await newPage(suite.browser, suite.server.url, { viewport: { width: 820, height: 1180 } });
    try {
      await recordWasmLoads(page);
      await page.goto('/');
      await waitForApp(page);
      await page.evaluate(() => localStorage.setItem('sss.settings.quick-exit-explained', 'yes'));
      await page.evaluate(() => navigator.serviceWorker.ready);
      // The page's own clock stands still from here: the early fetching, due
      // half a second after start, cannot begin before the exit.
      await page.clock.install();
      await page.clock.pauseAt(Date.now() + 60_000);
      await page.reload();
      // public/boot.js starts the app on the prerendered page's first
      // contentful paint, with no timer: the paused clock does not hold it,
      // and loading the code needs no timer either.
      // The takeover and the busy flag wait for animation frames too: step
      // the clock a frame at a time, well short of the early fetching's half
      // second, once the app has drawn its page.
      await page.locator('#app-root main h1').waitFor({ state: 'attached' });
      const started = () => page.evaluate(() => document.documentElement.dataset.app === 'ready' && !document.querySelector('main [aria-busy="true"], main[aria-busy="true"]'));
      for (let ran = 0; !(await started()); ran += 16) {
        assert.ok(ran < 400, 'the app took over within 400 ms of its own time');
        await page.clock.runFor(16);
      }
      await waitForApp(page);
      const askedBefore = await page.evaluate(() => window.__wasmAsked.length);
      const mark = await requestMark(page);
      await page.getByTestId('quick-exit').click();
      await page.getByTestId('cover').waitFor();
      // Then every timer the app set for the next minute runs, the early fetching's too.
      await page.clock.runFor(60_000);
      assert.deepEqual((await page.evaluate(() => window.__wasmAsked)).slice(askedBefore), [], 'chunks asked for after the quick exit');
      const after = (await requestsSince(page, mark)).map((u) => new URL(u).pathname);
      assert.deepEqual(after.filter((p) => p !== '/favicon.svg'), [], 'requests after the quick exit');
    } finally {
      await page.close();
    }
  });
});
