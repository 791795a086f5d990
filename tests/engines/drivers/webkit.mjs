// WebKit: Debian's WebKitGTK, driven through its own WebDriver server
// (webkit2gtk-driver's /usr/bin/WebKitWebDriver) by selenium-webdriver, with
// MiniBrowser as the browser. It needs an X display: `make test-engines`
// runs the suite under xvfb-run.
//
// selenium-webdriver is only ever given our own server's address, so
// selenium-manager (which would look for and download drivers) never runs.
// MiniBrowser is started with --automation (not --headless). Classic
// WebDriver cannot report console errors, so this engine asks the journeys
// for the console probe (../console-probe.mjs) and reads what it recorded.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Capabilities, Key, WebDriver } from 'selenium-webdriver';
import { Executor, HttpClient } from 'selenium-webdriver/http/index.js';
import { PROBE_KEY, readProbe } from '../console-probe.mjs';
import { VIEWPORT } from './chromium.mjs';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** MiniBrowser ships inside libwebkit2gtk's private directory; its name has the API version. */
export function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib', '/usr/libexec']) {
    let dirs = [];
    try {
      dirs = readdirSync(lib).filter((d) => /^webkit(2)?gtk-/.test(d)).sort().reverse();
    } catch {
      continue;
    }
    for (const dir of dirs) {
      const candidate = path.join(lib, dir, 'MiniBrowser');
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

const KEYS = { Shift: Key.SHIFT, Enter: Key.ENTER, Tab: Key.TAB, ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url, child, output) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}):\n${output.join('')}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}:\n${output.join('')}`);
}

export async function launch() {
  if (!existsSync(WEBKIT_DRIVER)) {
    throw new Error(`${WEBKIT_DRIVER} not found: run "make setup" (apt-get install webkit2gtk-driver).`);
  }
  const miniBrowser = findMiniBrowser();
  if (!miniBrowser) throw new Error('MiniBrowser not found (it comes with webkit2gtk-driver\'s libwebkit2gtk): run "make setup".');
  if (!process.env.DISPLAY) {
    throw new Error('WebKitGTK needs an X display: run under xvfb-run (make test-engines does).');
  }
  const sessions = new Set();
  let version = 'WebKitGTK';

  const engine = {
    name: 'webkit',
    consoleProbe: true,
    get version() {
      return version;
    },
    async newSession() {
      // One driver process per session: a session's failure and output are its own.
      const port = await freePort();
      const child = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      const collect = (chunk) => output.push(String(chunk));
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      const url = `http://127.0.0.1:${port}`;
      let driver;
      try {
        await waitForDriver(url, child, output);
        const caps = new Capabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: miniBrowser,
            args: ['--automation'],
          },
        });
        driver = await WebDriver.createSession(new Executor(new HttpClient(url)), caps);
      } catch (err) {
        child.kill('SIGTERM');
        throw err;
      }
      const caps = await driver.getCapabilities();
      version = `${caps.get('browserName')} (WebKitGTK ${caps.get('browserVersion')})`;
      await driver.manage().setTimeouts({ script: 120_000, pageLoad: 60_000 });
      await driver.manage().window().setRect({ width: VIEWPORT.width, height: VIEWPORT.height });

      // WebDriver talks to one window at a time: each window's methods first make
      // theirs the current one (the journeys use one window at a time).
      let current = await driver.getWindowHandle();
      const windowOf = (handle, main) => {
        const focus = async () => {
          if (current !== handle) {
            await driver.switchTo().window(handle);
            current = handle;
          }
        };
        const find = async (selector) => {
          const deadline = Date.now() + 10_000;
          for (;;) {
            const found = await driver.findElements({ css: selector });
            if (found.length) return found[0];
            if (Date.now() > deadline) throw new Error(`no element matches ${selector}`);
            await new Promise((r) => setTimeout(r, 50));
          }
        };
        // WebKitWebDriver scrolls a control into what it takes for the window
        // (820 px high), but MiniBrowser shows 782 px of page: a control that
        // lands in the last 38 px is "not interactable". Then the driver scrolls
        // it to the middle of the page itself, as a person would, and acts
        // again (a real WebDriver click or key presses, never a click from
        // script); also while the page is still laying out, until a deadline.
        const act = async (selector, action) => {
          const deadline = Date.now() + 10_000;
          for (;;) {
            try {
              return await action(await find(selector));
            } catch (err) {
              const retry = ['ElementNotInteractableError', 'StaleElementReferenceError', 'ElementClickInterceptedError'].includes(err?.name);
              if (!retry || Date.now() > deadline) {
                const where = await driver
                  .executeScript('const r = document.querySelector(arguments[0])?.getBoundingClientRect(); return r && JSON.stringify({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, innerHeight, innerWidth, scrollY });', selector)
                  .catch(() => null);
                err.message = `${selector}: ${err.message} ${where ?? ''}`;
                throw err;
              }
              await driver.executeAsyncScript(
                `const [selector, done] = arguments;
                 document.querySelector(selector)?.scrollIntoView({ block: 'center', inline: 'nearest' });
                 requestAnimationFrame(() => requestAnimationFrame(() => done()));`,
                selector,
              );
            }
          }
        };
        const win = {
          goto: async (to) => (await focus(), driver.get(to)),
          reload: async () => (await focus(), driver.navigate().refresh()),
          url: async () => (await focus(), driver.getCurrentUrl()),
          async evaluate(fn, arg = null) {
            await focus();
            const result = await driver.executeAsyncScript(
              `const done = arguments[arguments.length - 1];
               Promise.resolve()
                 .then(() => (${fn}).call(null, arguments[0]))
                 .then((value) => done({ value: value === undefined ? null : value }),
                       (err) => done({ error: String((err && err.stack) || err) }));`,
              arg,
            );
            if (result && 'error' in result) throw new Error(`in the page: ${result.error}`);
            return result?.value;
          },
          evaluateSource: async (source) => (await focus(), driver.executeScript(source)),
          click: async (selector) => (await focus(), act(selector, (el) => el.click())),
          async fill(selector, text) {
            await focus();
            await act(selector, (el) => el.clear());
            // WebKitWebDriver drops a "\n" inside the text; a person presses Enter.
            await act(selector, (el) => el.sendKeys(...text.split('\n').flatMap((line, i) => (i ? [Key.ENTER, line] : [line]))));
          },
          press: async (key) => (await focus(), driver.actions().keyDown(KEYS[key] ?? key).keyUp(KEYS[key] ?? key).perform()),
          // Read from the page's tab (sessionStorage): the page must be the app's.
          errors: async () => (await win.evaluate(readProbe, PROBE_KEY)) ?? [],
          /** Everything the driver and browser wrote, for a failing test's message. */
          output: () => output.join(''),
          async openWindow(to) {
            await driver.switchTo().newWindow('window');
            current = await driver.getWindowHandle();
            const opened = windowOf(current, false);
            await opened.goto(to);
            return opened;
          },
          async close() {
            if (!main) {
              await focus();
              await driver.close();
              current = null;
              return;
            }
            sessions.delete(win);
            try {
              await driver.quit();
            } finally {
              child.kill('SIGTERM');
            }
          },
        };
        return win;
      };
      const session = windowOf(current, true);
      sessions.add(session);
      return session;
    },
    async close() {
      for (const s of [...sessions]) await s.close().catch(() => {});
    },
  };
  return engine;
}
