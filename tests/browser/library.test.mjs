// Sense it: every topic renders with its sources and review date and no axe
// violation; every chart has its table; search finds what trainees look for.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertNoPageErrors, checkAxe, newPage, poll, useBrowserSuite, waitForApp } from './helpers.mjs';

const TEST_TIMEOUT = 240_000;
const suite = useBrowserSuite();

async function open(path, viewport = { width: 820, height: 1180 }) {
  const page = await newPage(suite.browser, suite.server.url, { viewport });
  await page.goto(path);
  await waitForApp(page);
  return page;
}

describe('the library', () => {
  it('every topic renders, with sources, a review date, charts with tables, and no axe violation', { timeout: TEST_TIMEOUT }, async () => {
    const index = await open('/sense');
    const links = await index.locator('.app-topic-list__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await index.close();
    assert.ok(links.length >= 10, `expected the whole curriculum, found ${links.length} topics`);
    const page = await open('/');
    try {
      for (const href of links) {
        await page.goto(href);
        await waitForApp(page);
        const h1 = await page.locator('main h1').innerText();
        assert.ok(h1.length > 0, `${href}: no heading`);
        assert.ok((await page.locator('.app-sources__list li').count()) >= 1, `${href}: no sources`);
        const charts = await page.locator('figure.app-chart').count();
        assert.equal(await page.locator('figure.app-chart table').count(), charts, `${href}: a chart without its table`);
        if (href.includes('story-')) assert.equal(await page.getByTestId('composite').count(), 1, `${href}: a story must say it is composite`);
        const violations = await checkAxe(page);
        assert.deepEqual(violations, [], `${href}: axe violations:\n${violations.join('\n')}`);
        // Read where a reader reads it: a long page lays out its blocks
        // only near the screen, and innerText is what is laid out.
        const reviewed = page.locator('.app-sources__reviewed');
        await reviewed.scrollIntoViewIfNeeded();
        assert.match((await poll(() => reviewed.innerText())) ?? '', /Last reviewed: \d+ \w+ \d{4}/, `${href}: no review date`);
      }
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('the UK scale page has charts, each with a data table and a source', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/sense/uk-scale');
    try {
      const charts = await page.locator('figure.app-chart').count();
      assert.ok(charts >= 3, `charts: ${charts}`);
      for (let i = 0; i < charts; i++) {
        const fig = page.locator('figure.app-chart').nth(i);
        assert.equal(await fig.locator('svg[role="img"]').count(), 1);
        assert.ok((await fig.locator('table tbody tr').count()) >= 2);
        await fig.scrollIntoViewIfNeeded();
        assert.match((await poll(() => fig.locator('figcaption').innerText())) ?? '', /Source: \[/);
      }
    } finally {
      await page.close();
    }
  });

  it('nation blocks show the reader\u2019s nation first and fold the others', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/sense/the-law');
    try {
      await page.getByRole('button', { name: 'Scotland' }).click();
      await poll(async () => (await page.locator('.app-prose .app-nation').first().getAttribute('data-nation')) === 'scotland');
      const folded = await page.locator('.app-prose details.app-nation').count();
      assert.ok(folded >= 2, 'the other nations are folded, not hidden');
    } finally {
      await page.close();
    }
  });

  it('a page whose file cannot be read says so, offers to try again, and recovers', { timeout: TEST_TIMEOUT }, async () => {
    const page = await newPage(suite.browser, suite.server.url, { viewport: { width: 820, height: 1180 } });
    try {
      let fail = true;
      await page.route('**/library/**', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
      await page.goto('/sense/what-is-trafficking');
      await waitForApp(page);
      const error = page.getByTestId('library-error');
      assert.equal(await error.getAttribute('role'), 'alert');
      assert.match(await error.innerText(), /could not be loaded/);
      assert.ok((await page.locator('.app-sources__list li').count()) >= 1, 'sources still shown');
      const violations = await checkAxe(page);
      assert.deepEqual(violations, [], `axe violations:\n${violations.join('\n')}`);
      fail = false;
      await error.getByRole('button', { name: 'Try again' }).click();
      await page.locator('.app-prose h2').first().waitFor({ state: 'visible' });
      assert.equal(await page.getByTestId('library-error').count(), 0);
    } finally {
      await page.close();
    }
  });
});

describe('print', () => {
  it('a topic prints with its folded text open and without the app chrome', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/sense/the-law');
    try {
      assert.ok((await page.locator('details:not([open])').count()) > 0);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      assert.equal(await page.locator('details:not([open])').count(), 0, 'every folded part opens for printing');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('nav[aria-label="Main"]').isVisible(), false, 'navigation is not printed');
      assert.equal(await page.locator('.app-help').isVisible(), false, '"Get help now" is not printed');
      assert.ok(await page.locator('main h1').isVisible());
      assert.ok(await page.locator('.app-sources').isVisible(), 'sources are printed');
    } finally {
      await page.close();
    }
  });
});

describe('search', () => {
  for (const query of ['cuckooing', 'Duty to Notify', 'Palermo', 'first responder']) {
    it(`finds "${query}" offline, with the terms highlighted`, { timeout: TEST_TIMEOUT }, async () => {
      const page = await open('/sense');
      try {
        await page.locator('#search').fill(query);
        await poll(async () => (await page.locator('.app-search__result').count()) > 0);
        assert.ok((await page.locator('.app-search__result mark').count()) >= 1, 'matches are highlighted');
        if (query === 'Palermo') {
          // Only the pages' text (search.txt, read when the box appears) names it outside the glossary.
          await poll(async () => (await page.locator('.app-search__result a:not([href^="/sense/glossary"])').count()) > 0);
        }
        if (query === 'first responder') {
          assert.ok(
            (await page.locator('.app-search__result a[href="/sense/glossary#first-responder"]').count()) === 1,
            'the glossary term is found',
          );
        }
        // Keyboard: Tab from the box reaches the first result.
        await page.locator('#search').focus();
        await page.keyboard.press('Tab');
        assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('app-search__link')));
      } finally {
        await page.close();
      }
    });
  }

  it('a glossary term opens at its definition', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/sense/glossary#cuckooing');
    try {
      assert.match(await page.locator('#cuckooing').innerText(), /Cuckooing/i);
      const violations = await checkAxe(page);
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
    }
  });
});
