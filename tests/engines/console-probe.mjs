// For an engine whose driver cannot hear the page's console (WebKitWebDriver
// 2.50 has no WebDriver BiDi, and MiniBrowser's "console messages to stdout"
// setting does not reach the web views it makes for automation): the suite
// serves a copy of dist/ whose boot.js, the page's first and only classic
// entry point, starts with this probe. It records console errors, uncaught
// errors, unhandled rejections, failed loads and CSP violations in
// sessionStorage (which the app never uses), so they survive reloads and
// navigations within the tab, and the journeys read them back.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const PROBE_KEY = '__sss_engine_console';

export const PROBE_SOURCE = `// engine console probe (tests/engines/console-probe.mjs), only in test copies
(() => {
  const key = ${JSON.stringify(PROBE_KEY)};
  const push = (line) => {
    try {
      const all = JSON.parse(sessionStorage.getItem(key) || "[]");
      all.push(String(line).slice(0, 1000));
      sessionStorage.setItem(key, JSON.stringify(all));
    } catch (_) {}
  };
  const original = console.error.bind(console);
  console.error = (...args) => {
    push("console.error: " + args.map((a) => (a && a.stack) || String(a)).join(" "));
    original(...args);
  };
  addEventListener("error", (e) => {
    const t = e.target;
    push(t && t !== window && (t.src || t.href) ? "failed to load: " + (t.src || t.href) : "pageerror: " + e.message + " (" + e.filename + ":" + e.lineno + ")");
  }, true);
  addEventListener("unhandledrejection", (e) => push("unhandledrejection: " + ((e.reason && e.reason.stack) || e.reason)));
  document.addEventListener("securitypolicyviolation", (e) => push("CSP violation: " + e.violatedDirective + " " + e.blockedURI));
})();
`;

/** Copies `dist` to a temp dir with the probe in boot.js; resolves to { root, remove }. */
export async function probedCopy(dist) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sss-probed-'));
  await cp(dist, root, { recursive: true });
  const boot = path.join(root, 'boot.js');
  await writeFile(boot, PROBE_SOURCE + (await readFile(boot, 'utf8')));
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

/** What the probe has recorded in the page's tab so far. */
export const readProbe = (key) => JSON.parse(sessionStorage.getItem(key) || '[]');
