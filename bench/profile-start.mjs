// Where a prerendered page's start-up time goes: the long tasks (the ones
// Lighthouse's total blocking time counts, over 50 ms) from navigation until
// the app has taken the page over, at 4x CPU throttle, each with the main
// thread's self time by trace event and its hottest functions.
// A tool for finding costs, not a report section (bench.mjs does not load it).
//
//   node bench/profile-start.mjs [address...]     default: / /sense/the-law /stop
//   CPU=1 node bench/profile-start.mjs ...         by CPU time (see BY_CPU)
//
// Reads dist/ (APP_DIST=dir for another build); RUNS=n loads each page n times;
// FUNCTIONS=n adds the n functions with the most sampled time, by name in a
// build made with WASM_PROFILING=1 (scripts/split-wasm.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browser/helpers.mjs';
import { startServer } from '../tests/server.mjs';
import { mainThreadEvents, selfTimesBetween } from './trace.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = process.env.APP_DIST ? path.resolve(process.env.APP_DIST) : path.join(HERE, '..', 'dist');
const THROTTLE = 4;
// CPU=1: no DevTools throttle (whose held time counts as thread time), and
// long tasks judged by main-thread CPU time x4, which moves much less with
// the machine's load than wall time: compare builds this way.
const BY_CPU = process.env.CPU === '1';
const LONG_MS = 50;
const RUNS = Number(process.env.RUNS ?? 1);
const addresses = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/sense/the-law', '/stop'];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink', 'loading'].join(',');

const server = await startServer({ root: DIST, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });

function label(e) {
  if (e.name === 'EventDispatch') return `EventDispatch(${e.args?.data?.type})`;
  if (e.name === 'FunctionCall') return `FunctionCall(${path.basename(e.args?.data?.url ?? '') || '?'}:${e.args?.data?.functionName || '?'})`;
  if (e.name === 'TimerFire' || e.name === 'FireAnimationFrame') return e.name;
  if (e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule') return `${e.name}(${path.basename(e.args?.data?.url ?? e.args?.fileName ?? '')})`;
  return e.name;
}

/** Inclusive sampled time by function (a wasm build with names: WASM_PROFILING=1, scripts/split-wasm.mjs). */
function printFunctions(p, top, window) {
  const nodes = new Map(p.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const total = new Map();
  const self = new Map();
  let at = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    at += p.timeDeltas[i] ?? 0;
    if (window && (at < window.ts || at >= window.ts + window.dur)) continue;
    const seen = new Set();
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) {
      const cf = nodes.get(id).callFrame;
      const name = `${cf.functionName || '(anonymous)'} ${cf.url ? path.basename(cf.url) : ''}`.trim();
      if (id === p.samples[i]) self.set(name, (self.get(name) ?? 0) + dt);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  }
  const filter = process.env.FILTER ? new RegExp(process.env.FILTER) : null;
  console.log('  inclusive:');
  for (const [name, ms] of [...total].filter(([n]) => !filter || filter.test(n)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  console.log('  self:');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}

for (const address of addresses) {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (!BY_CPU) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    // Sampling costs time of its own: only when asked for (FUNCTIONS=n).
    if (process.env.FUNCTIONS) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await page.goto('about:blank');
      await cdp.send('Profiler.start');
    }
    await page.goto(`${server.url}${address}`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 60000 });
    await page.waitForTimeout(1500);
    const profile = process.env.FUNCTIONS ? (await cdp.send('Profiler.stop')).profile : null;
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    const main = mainThreadEvents(events);
    const length = (t) => (BY_CPU ? (t.tdur / 1000) * THROTTLE : t.dur / 1000);
    const tasks = main.filter((e) => e.name === 'RunTask' && length(e) >= LONG_MS);
    const blocking = tasks.reduce((sum, t) => sum + length(t) - LONG_MS, 0);
    console.log(`\n${address} (run ${run + 1}): ${tasks.length} long tasks, ${blocking.toFixed(0)} ms over 50 ms (${BY_CPU ? 'main-thread CPU time' : 'wall time'} at ${THROTTLE}x)`);
    const t0 = main.find((e) => e.name === 'RunTask')?.ts ?? 0;
    for (const t of tasks) {
      const by = selfTimesBetween(main, t.ts, t.ts + t.dur, label);
      const top = [...by.entries()].filter(([n, ms]) => ms >= 2 && n !== 'RunTask').sort((a, b) => b[1] - a[1]).slice(0, 9);
      console.log(`  at ${((t.ts - t0) / 1000).toFixed(0).padStart(5)} ms: ${length(t).toFixed(0).padStart(4)} ms  ${top.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(' | ')}`);
    }
    // TASK=n: only the samples taken in the nth long task listed.
    if (profile) printFunctions(profile, Number(process.env.FUNCTIONS), process.env.TASK ? tasks[Number(process.env.TASK) - 1] : null);
    await context.close();
  }
}
await browser.close();
await server.close();
