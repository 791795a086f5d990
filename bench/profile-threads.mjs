// What else runs while a page loads: CPU time by process and thread from
// navigation until the app has taken the page over (and AFTER_MS beyond),
// in total and per 100 ms, the renderer's main thread beside the service
// worker, the browser process and the rest. On a 2-core machine any of them
// slows the main thread's tasks (their wall time grows, not their CPU time),
// which Lighthouse counts as blocking time: this is how the service worker's
// first install was found running beside the app's start.
// A tool for finding costs, not a report section (bench.mjs does not load it).
//
//   node bench/profile-threads.mjs [address...]     default: /
//   AFTER_MS=3000 node bench/profile-threads.mjs /settings
//
// Reads dist/ (APP_DIST=dir for another build). Each address opens in a fresh
// context, so it is a first visit.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browser/helpers.mjs';
import { startServer } from '../tests/server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = process.env.APP_DIST ? path.resolve(process.env.APP_DIST) : path.join(HERE, '..', 'dist');
const AFTER_MS = Number(process.env.AFTER_MS ?? 1500);
const BUCKET_MS = 100;
const CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading'].join(',');
const addresses = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];

const server = await startServer({ root: DIST, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });

/** The outermost complete events of each thread (nested ones are inside their parent's time). */
function outermost(events) {
  const lastEnd = new Map();
  const out = [];
  for (const e of events.filter((x) => x.ph === 'X' && x.tdur).sort((a, b) => a.ts - b.ts)) {
    const thread = `${e.pid}:${e.tid}`;
    if ((lastEnd.get(thread) ?? 0) > e.ts) continue;
    lastEnd.set(thread, e.ts + e.dur);
    out.push({ ...e, thread });
  }
  return out;
}

for (const address of addresses) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(`${server.url}${address}`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 60_000 });
  await page.waitForTimeout(AFTER_MS);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await context.close();

  const threadName = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const processName = new Map(events.filter((e) => e.name === 'process_name').map((e) => [e.pid, e.args.name]));
  const group = (e) => {
    const name = threadName.get(e.thread) ?? '';
    if (name === 'CrRendererMain') return 'main';
    if (name.startsWith('ServiceWorker')) return 'worker';
    return processName.get(e.pid) === 'Browser' ? 'browser' : 'other';
  };
  const top = outermost(events);
  const mainEvents = top.filter((e) => group(e) === 'main');
  const t0 = Math.min(...mainEvents.map((e) => e.ts));

  console.log(`\n${address}: CPU ms by thread (wall ms beside it)`);
  const byThread = new Map();
  for (const e of top) {
    const t = byThread.get(e.thread) ?? { e, cpu: 0, wall: 0 };
    t.cpu += e.tdur / 1000;
    t.wall += e.dur / 1000;
    byThread.set(e.thread, t);
  }
  for (const { e, cpu, wall } of [...byThread.values()].sort((a, b) => b.cpu - a.cpu).slice(0, 10)) {
    const name = `${processName.get(e.pid) ?? '?'} ${threadName.get(e.thread) ?? e.thread}`;
    console.log(`  ${name.padEnd(40)} ${cpu.toFixed(1).padStart(7)}  (${wall.toFixed(1)})`);
  }
  console.log(`  per ${BUCKET_MS} ms from the first main-thread task:      main  worker  browser  other`);
  const buckets = new Map();
  for (const e of top) {
    const b = Math.floor((e.ts - t0) / 1000 / BUCKET_MS);
    if (b < 0) continue;
    const row = buckets.get(b) ?? { main: 0, worker: 0, browser: 0, other: 0 };
    row[group(e)] += e.tdur / 1000;
    buckets.set(b, row);
  }
  for (const [b, r] of [...buckets].sort((x, y) => x[0] - y[0])) {
    if (Object.values(r).every((v) => v < 1)) continue;
    const cells = ['main', 'worker', 'browser', 'other'].map((k) => r[k].toFixed(0).padStart(k.length + 2)).join('');
    console.log(`  ${String(b * BUCKET_MS).padStart(5)} ms${' '.repeat(40)}${cells}`);
  }
}
await browser.close();
await server.close?.();
process.exit(0);
