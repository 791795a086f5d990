// Chromium: Debian's /usr/bin/chromium through playwright-core, launched with
// the browser suite's own flags (tests/browser/helpers.mjs).

import { launch as launchChromium } from '../../browser/helpers.mjs';

export const VIEWPORT = Object.freeze({ width: 1180, height: 820 });

export async function launch() {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    async newSession() {
      const context = await browser.newContext({ viewport: VIEWPORT });
      return windowOf(context, await context.newPage());
    },
    close: () => browser.close(),
  };
}

/** One window (tab) of a session's context; `openWindow` adds another in the same profile. */
function windowOf(context, page, { main = true } = {}) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err?.stack || err}`));
  page.on('crash', () => errors.push('page crashed'));
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    evaluateSource: (source) => page.evaluate(source),
    click: (selector) => page.locator(selector).first().click(),
    fill: (selector, text) => page.locator(selector).first().fill(text),
    press: (key) => page.keyboard.press(key),
    errors: () => [...errors],
    openWindow: async (url) => {
      const other = windowOf(context, await context.newPage(), { main: false });
      await other.goto(url);
      return other;
    },
    close: () => (main ? context.close() : page.close()),
  };
}
