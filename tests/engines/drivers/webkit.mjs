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

const KEYS = { Shift: Key.SHIFT, Enter: Key.ENTER, Tab: Key.TAB };

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

      const find = async (selector) => {
        const deadline = Date.now() + 10_000;
        for (;;) {
          const found = await driver.findElements({ css: selector });
          if (found.length) return found[0];
          if (Date.now() > deadline) throw new Error(`no element matches ${selector}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };

      const session = {
        goto: (to) => driver.get(to),
        reload: () => driver.navigate().refresh(),
        url: () => driver.getCurrentUrl(),
        async evaluate(fn, arg = null) {
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
        evaluateSource: (source) => driver.executeScript(source),
        click: async (selector) => (await find(selector)).click(),
        async fill(selector, text) {
          const el = await find(selector);
          // WebKitWebDriver's Element Clear refuses a field outside the viewport ("not interactable").
          await driver.executeScript('arguments[0].scrollIntoView({ block: "center" });', el);
          await el.clear();
          await el.sendKeys(text);
        },
        press: (key) => driver.actions().keyDown(KEYS[key] ?? key).keyUp(KEYS[key] ?? key).perform(),
        // Read from the page's tab (sessionStorage): the page must be the app's.
        errors: async () => (await session.evaluate(readProbe, PROBE_KEY)) ?? [],
        /** Everything the driver and browser wrote, for a failing test's message. */
        output: () => output.join(''),
        async close() {
          sessions.delete(session);
          try {
            await driver.quit();
          } finally {
            child.kill('SIGTERM');
          }
        },
      };
      sessions.add(session);
      return session;
    },
    async close() {
      for (const s of [...sessions]) await s.close().catch(() => {});
    },
  };
  return engine;
}
