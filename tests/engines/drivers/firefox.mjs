// Firefox: Debian's firefox-esr through puppeteer-core over WebDriver BiDi.
// puppeteer-core never downloads a browser (and PUPPETEER_SKIP_DOWNLOAD is set
// by the Makefile and scripts/setup.sh besides); it is given Debian's binary.

import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { VIEWPORT } from './chromium.mjs';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export async function launch() {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} not found: run "make setup" (apt-get install firefox-esr).`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // Nothing but the app's own origin: no update checks, no telemetry, no
      // captive-portal or connectivity probes while the suite runs.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async newSession() {
      // A BiDi user context: its own cookies, storage and service workers.
      const context = await browser.createBrowserContext();
      return windowOf(context, await context.newPage());
    },
    close: () => browser.close(),
  };
}

/** One tab of a session's user context; `openWindow` adds another in the same context. */
async function windowOf(context, page, { main = true } = {}) {
  await page.setViewport(VIEWPORT);
  // An Error logged with console.error reads as "JSHandle@error" in msg.text():
  // ask the page for each argument's own text (its stack, for an Error).
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
    errors.push(
      Promise.all(
        msg.args().map((arg) => arg.evaluate((v) => (v instanceof Error ? `${v.name}: ${v.message}\n${v.stack}` : String(v))).catch(() => arg.toString())),
      ).then(
        (parts) => `console.error: ${parts.join(' ') || msg.text()}${where}`,
        () => `console.error: ${msg.text()}${where}`,
      ),
    );
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err?.stack || err}`));
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
    click: async (selector) => {
      const handle = await page.waitForSelector(selector, { timeout: 10_000 });
      try {
        await handle.click();
      } finally {
        await handle.dispose();
      }
    },
    fill: (selector, text) => page.locator(selector).fill(text),
    press: (key) => page.keyboard.press(key),
    errors: () => Promise.all(errors),
    openWindow: async (url) => {
      const other = await windowOf(context, await context.newPage(), { main: false });
      await other.goto(url);
      return other;
    },
    close: () => (main ? context.close() : page.close()),
  };
}
