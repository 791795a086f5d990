// The app shell against the release build in dist/ (run `make build` first;
// `make test` does). Every route is loaded as a deep link in a fresh context.
//
// To cover a new route, add one line to ROUTES.

import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  APP_TITLE,
  DIST,
  REPO_ROOT,
  assertNoPageErrors,
  checkAxe,
  newPage,
  poll,
  waitForApp,
  waitForTitle,
  useBrowserSuite,
} from './helpers.mjs';

// path: deep link to load; notFound: the route is expected to show the not-found page.
const ROUTES = [
  { path: '/' },
  { path: '/sense' },
  { path: '/sense/signs' },
  { path: '/sense/glossary' },
  { path: '/spot' },
  { path: '/spot/practice' },
  { path: '/spot/how-it-decides' },
  { path: '/stop' },
  { path: '/settings' },
  { path: '/no-such-page', notFound: true },
];

const MAIN_NAV_LINKS = ['Sense it', 'Spot it', 'Stop it', 'Train', 'Settings & privacy'];
const HELP_PHONE_LINKS = ['tel:999', 'tel:08000121700'];

// http(s) URIs allowed in built text files: XML namespace names, never fetched.
const NAMESPACE_URIS = [
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/2000/xmlns/',
  'http://www.w3.org/XML/1998/namespace',
];

const TEST_TIMEOUT = 60_000;

const suite = useBrowserSuite();

async function open(routePath, options) {
  const page = await newPage(suite.browser, suite.server.url, options);
  const response = await page.goto(routePath, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `${routePath}: HTTP status`);
  await waitForApp(page);
  return page;
}

describe('every route renders an accessible page from a deep link', () => {
  for (const route of ROUTES) {
    it(`${route.path}${route.notFound ? ' (not found)' : ''}`, { timeout: TEST_TIMEOUT }, async () => {
      const page = await open(route.path);
      try {
        const h1 = page.locator('main#main-content h1');
        assert.ok((await h1.count()) >= 1, `${route.path}: no h1 inside main#main-content`);
        await h1.first().waitFor({ state: 'visible' });
        assert.notEqual((await h1.first().innerText()).trim(), '', `${route.path}: the h1 is empty`);

        if (route.notFound) {
          const title = await waitForTitle(page, (t) => t.startsWith('Page not found'));
          assert.ok(title.startsWith('Page not found'), `${route.path}: title "${title}" should start with "Page not found"`);
        } else {
          const title = await waitForTitle(page, (t) => t.endsWith(APP_TITLE));
          assert.ok(title.endsWith(APP_TITLE), `${route.path}: title "${title}" should end with "${APP_TITLE}"`);
        }

        const help = page.locator('[aria-label="Get help now"]');
        assert.ok((await help.count()) >= 1, `${route.path}: no [aria-label="Get help now"] area`);
        await help.first().waitFor({ state: 'visible' });
        for (const href of HELP_PHONE_LINKS) {
          assert.ok(
            (await help.locator(`a[href="${href}"]`).count()) >= 1,
            `${route.path}: "Get help now" has no a[href="${href}"]`,
          );
        }

        const violations = await checkAxe(page);
        assert.deepEqual(violations, [], `${route.path}: axe violations:\n${violations.join('\n')}`);

        assertNoPageErrors(page, route.path);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the shell works by keyboard alone', () => {
  it('first Tab focuses the skip link, and Enter moves focus to #main-content', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const skip = page.locator('a.app-skip-link');
      await page.keyboard.press('Tab');
      assert.ok(
        await skip.first().evaluate((el) => el === document.activeElement).catch(() => false),
        'first Tab should focus a.app-skip-link',
      );
      assert.equal((await skip.first().innerText()).trim(), 'Skip to main content');

      await page.keyboard.press('Enter');
      const movedToMain = await poll(() => page.evaluate(() => document.activeElement?.id === 'main-content'));
      const activeId = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
      assert.ok(movedToMain, `Enter on the skip link should focus #main-content (focus is on ${activeId})`);
      assertNoPageErrors(page, '/ (skip link)');
    } finally {
      await page.close();
    }
  });

  it('Tab reaches every main nav link, and Enter on "Stop it" opens /stop', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const nav = page.locator('nav[aria-label="Main"]');
      assert.equal(await nav.count(), 1, 'expected one nav[aria-label="Main"]');
      const links = Object.fromEntries(
        // A door's link may carry a short description after its name ("Sense it Learn").
        MAIN_NAV_LINKS.map((name) => [name, nav.getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) })]),
      );
      for (const [name, link] of Object.entries(links)) {
        assert.equal(await link.count(), 1, `main nav should have one link named "${name}"`);
      }

      const isFocused = (loc) => loc.evaluate((el) => el === document.activeElement);
      const tabsTo = {};
      for (let tabs = 1; tabs <= 60 && Object.keys(tabsTo).length < MAIN_NAV_LINKS.length; tabs++) {
        await page.keyboard.press('Tab');
        for (const [name, link] of Object.entries(links)) {
          if (!(name in tabsTo) && (await isFocused(link))) tabsTo[name] = tabs;
        }
      }
      const missed = MAIN_NAV_LINKS.filter((name) => !(name in tabsTo));
      assert.deepEqual(missed, [], `Tab never reached these main nav links: ${missed.join(', ')}`);

      // Start again and tab straight to "Stop it", then activate it with Enter.
      await page.goto('/');
      await waitForApp(page);
      for (let i = 0; i < tabsTo['Stop it']; i++) await page.keyboard.press('Tab');
      assert.ok(await isFocused(links['Stop it']), '"Stop it" should be focused after the same number of Tabs');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/stop', { timeout: 10_000 });
      await waitForApp(page);
      assertNoPageErrors(page, '/ -> /stop by keyboard');
    } finally {
      await page.close();
    }
  });
});

describe('the built files keep the Content-Security-Policy intact', () => {
  async function cspMetaOf(html, where) {
    const metas = html.match(/<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/gi) ?? [];
    assert.equal(metas.length, 1, `${where}: expected exactly one CSP <meta>, found ${metas.length}`);
    return metas[0];
  }

  it('dist/index.html has the exact CSP meta from index.html, before any script', async () => {
    const source = await readFile(path.join(REPO_ROOT, 'index.html'), 'utf8');
    const expected = await cspMetaOf(source, 'index.html');

    const response = await fetch(`${suite.server.url}/index.html`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const built = await response.text();
    const actual = await cspMetaOf(built, 'dist/index.html');
    assert.equal(actual, expected, 'dist/index.html must carry the CSP meta exactly as index.html has it');

    const firstScript = built.search(/<script\b/i);
    if (firstScript !== -1) {
      assert.ok(built.indexOf(actual) < firstScript, 'the CSP meta must come before the first <script>');
    }
  });

  it('no built page (index.html, app.html, the prerendered pages, the cover) has inline script or style', async () => {
    const pages = (await readdir(DIST, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile() && d.name.endsWith('.html') && !path.join(d.parentPath ?? d.path, d.name).includes(`${path.sep}library${path.sep}`))
      .map((d) => path.relative(DIST, path.join(d.parentPath ?? d.path, d.name)));
    assert.ok(pages.includes('index.html') && pages.includes('app.html') && pages.includes('cover.html'), pages.join(', '));
    for (const rel of pages) {
      const built = await readFile(path.join(DIST, rel), 'utf8');
      const scripts = [...built.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
      if (rel !== 'cover.html') assert.ok(scripts.length >= 1, `${rel} should load at least one script`);
      for (const [tag, attrs, body] of scripts) {
        assert.match(attrs, /\bsrc\s*=/i, `${rel}: inline <script> (no src): ${tag.slice(0, 200)}`);
        assert.equal(body.trim(), '', `${rel}: a <script src> must have no inline body: ${tag.slice(0, 200)}`);
      }
      assert.doesNotMatch(built, /<style\b/i, `${rel}: inline <style> is blocked by style-src 'self'`);
      assert.doesNotMatch(built, /<[^>]*\son[a-z]+\s*=/i, `${rel}: inline event handler attributes are blocked by the CSP`);
      assert.doesNotMatch(built, /\sstyle\s*=/i, `${rel}: inline style attributes are blocked by the CSP`);
    }
  });

  it('no built .html/.js/.css file references another origin (outside comments)', async () => {
    const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile() && /\.(html|js|mjs|css)$/i.test(d.name))
      .map((d) => path.join(d.parentPath ?? d.path, d.name));
    assert.ok(files.length > 0, 'dist/ has no .html/.js/.css files');
    const found = [];
    for (const file of files) {
      const isScriptOrStyle = /\.(m?js|css)$/i.test(file);
      // A source's address is shown as text in a citation (prerendered pages
      // carry the app's sources): words on the page, never fetched.
      const lines = (await readFile(file, 'utf8')).replace(/<span class="app-source__url">[^<]*<\/span>/g, '').split('\n');
      lines.forEach((line, i) => {
        // A whole-line comment cannot make a request (wasm-bindgen's glue cites MDN in one).
        if (isScriptOrStyle && /^\s*(\/\/|\/\*|\*)/.test(line)) return;
        for (const [url] of line.matchAll(/https?:\/\/[^\s"'`()<>\\]*/gi)) {
          if (NAMESPACE_URIS.includes(url)) continue;
          found.push(`${path.relative(DIST, file)}:${i + 1}: ${url}`);
        }
      });
    }
    assert.deepEqual(found, [], `built files reference other origins:\n  ${found.join('\n  ')}`);
  });
});
