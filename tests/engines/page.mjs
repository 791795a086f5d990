// The app as the journeys see it, written once on top of a driver session
// (drivers/README.md). Everything here is plain DOM read through
// session.evaluate, so a step means the same thing in every engine.

import assert from 'node:assert/strict';
import axeCore from 'axe-core';
import { APP_TITLE, AXE_TAGS, formatViolations } from '../browser/helpers.mjs';

export { APP_TITLE };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A console line the journeys write on purpose, to prove the engine's console is heard. */
export const PROBE = 'sss-engine-console-probe';

export class AppPage {
  constructor(session, baseUrl) {
    this.session = session;
    this.baseUrl = baseUrl;
    this.marks = 0;
  }

  /** A full page load of an in-app path (or an absolute address), then waits for the app. */
  async open(path) {
    await this.session.goto(new URL(path, this.baseUrl).href);
    await this.waitForApp();
  }

  /** Ticks a radio or checkbox the way a person does: by its label (GOV.UK hides the input itself). */
  async check(selector) {
    const id = await this.until((s) => document.querySelector(s)?.id, selector, { what: `${selector} with an id` });
    await this.session.click(`label[for="${id}"]`);
    await this.until((s) => document.querySelector(s)?.checked, selector, { timeout: 5_000, what: `${selector} to be ticked` });
  }

  async reload() {
    await this.session.reload();
    await this.waitForApp();
  }

  async pathname() {
    return new URL(await this.session.url()).pathname;
  }

  /**
   * Polls `fn(arg)` in the page until it returns something truthy; returns it.
   * A page being replaced (a reload) makes a poll throw: that counts as not yet.
   */
  async until(fn, arg = null, { timeout = 15_000, what = String(fn) } = {}) {
    const deadline = Date.now() + timeout;
    let lastError = null;
    for (;;) {
      try {
        const value = await this.session.evaluate(fn, arg);
        if (value) return value;
        lastError = null;
      } catch (err) {
        lastError = err;
      }
      if (Date.now() > deadline) {
        assert.fail(`timed out after ${timeout} ms waiting for: ${what}${lastError ? `\n  last error: ${lastError.message}` : ''}`);
      }
      await sleep(50);
    }
  }

  /** The page has rendered: `main h1` is shown and nothing in main is still loading. */
  async waitForApp(options = {}) {
    await this.until(
      () => {
        // A prerendered page is on screen before the app: wait until the app
        // has taken over (public/boot.js marks <html data-app="ready">).
        if (document.documentElement.dataset.app !== 'ready') return false;
        const h1 = document.querySelector('main h1');
        if (!h1 || h1.getClientRects().length === 0 || h1.textContent.trim() === '') return false;
        return !document.querySelector('main[aria-busy="true"], main [aria-busy="true"]');
      },
      null,
      { what: 'the app to render main h1', ...options },
    );
  }

  async waitFor(selector, { timeout = 15_000, gone = false } = {}) {
    await this.until(
      ({ selector, gone }) => (document.querySelector(selector) === null) === gone,
      { selector, gone },
      { timeout, what: `${selector} ${gone ? 'to go' : 'to appear'}` },
    );
  }

  count(selector) {
    return this.session.evaluate((s) => document.querySelectorAll(s).length, selector);
  }

  text(selector) {
    return this.session.evaluate((s) => document.querySelector(s)?.innerText?.trim() ?? null, selector);
  }

  value(selector) {
    return this.session.evaluate((s) => document.querySelector(s)?.value ?? null, selector);
  }

  attribute(selector, name) {
    return this.session.evaluate(({ s, name }) => document.querySelector(s)?.getAttribute(name) ?? null, { s: selector, name });
  }

  title() {
    return this.session.evaluate(() => document.title);
  }

  /** Waits until document.title satisfies `re`; returns it. */
  async titleMatching(re) {
    try {
      return await this.until((src) => new RegExp(src).test(document.title) && document.title, re.source, { timeout: 5_000, what: `a title matching ${re}` });
    } catch {
      return this.title();
    }
  }

  /** Is `text` anywhere in the page: its markup or the value of a field? */
  domHas(text) {
    return this.session.evaluate((t) => {
      const fields = [...document.querySelectorAll('input, textarea')].map((e) => e.value).join('\n');
      return document.body.innerHTML.includes(t) || fields.includes(t);
    }, text);
  }

  click(selector) {
    return this.session.click(selector);
  }

  /** Clicks the first `selector` whose text is `text` (or starts with it), like a person reading the screen. */
  async clickText(selector, text) {
    const mark = String(++this.marks);
    await this.until(
      ({ selector, text, mark }) => {
        const norm = (e) => e.textContent.trim().replace(/\s+/g, ' ');
        const all = [...document.querySelectorAll(selector)];
        const el = all.find((e) => norm(e) === text) ?? all.find((e) => norm(e).startsWith(text));
        if (!el) return false;
        el.setAttribute('data-engine-click', mark);
        return true;
      },
      { selector, text, mark },
      { what: `a ${selector} reading "${text}"` },
    );
    await this.session.click(`[data-engine-click="${mark}"]`);
  }

  fill(selector, text) {
    return this.session.fill(selector, text);
  }

  /** Waits for the address to change from `before` and the new screen to render. */
  async leftPath(before) {
    await this.until((b) => location.pathname !== b, before, { what: `the address to leave ${before}` });
    await this.waitForApp();
  }

  /** Runs axe-core (WCAG 2.2 AA and below) on the page as it is; readable violations, [] when clean. */
  async axe() {
    const loaded = await this.session.evaluate(() => typeof window.axe === 'object');
    if (!loaded) await this.session.evaluateSource(axeCore.source);
    const violations = await this.session.evaluate(async (tags) => {
      const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    }, [...AXE_TAGS]);
    return formatViolations(violations);
  }

  async assertAxe(label) {
    const violations = await this.axe();
    assert.deepEqual(violations, [], `${label}: axe violations:\n${violations.join('\n')}`);
  }

  /** Addresses this page fetched from any other origin (resource timing; data: and blob: aside). */
  foreignRequests() {
    return this.session.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== location.origin),
    );
  }

  /** Console errors seen so far, less the journeys' own probe. */
  async errors() {
    return (await this.session.errors()).filter((e) => !e.includes(PROBE));
  }

  /** No console error so far, and nothing on this page came from another origin. */
  async assertClean(label) {
    const errors = await this.errors();
    assert.deepEqual(errors, [], `${label}: console errors:\n  ${errors.join('\n  ')}`);
    assert.deepEqual(await this.foreignRequests(), [], `${label}: requests to another origin`);
  }

  /** Proves that this engine's console errors reach the suite, so "no console error" means something. */
  async assertConsoleHeard() {
    await this.session.evaluate((probe) => console.error(probe), PROBE);
    const deadline = Date.now() + 5_000;
    while (!(await this.session.errors()).some((e) => e.includes(PROBE))) {
      if (Date.now() > deadline) assert.fail('a console.error written in the page never reached the suite: console errors would go unseen');
      await sleep(50);
    }
  }
}
