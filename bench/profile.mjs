// Where the time of one step goes: a Chrome trace (and a sampled CPU profile)
// around each click, at 4x CPU throttle, summed by what the browser was doing.
// A tool for finding costs, not a report section (bench.mjs does not load it).
//
//   node bench/profile.mjs train [clicks]     Next -> next slide
//   node bench/profile.mjs wizard [clicks]    Continue -> next question
//
// Prints, per click, the wall time and the main thread's self time by trace
// event (script, style, layout, paint...), then the same summed over all
// clicks, and the hottest functions of the sampled profile (wasm functions
// by name when the build kept its name section). Only what happens from the
// click to the painted frame the bench times is counted (a user timing mark
// at that point): work the app leaves for after the paint is not the step's
// cost. AFTER_PAINT=1 counts everything until the address has followed.
// PROFILE_FROM=observe- sums only the clicks made from steps whose name
// starts so. Reads dist/ (APP_DIST=dir for another build).
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browser/helpers.mjs';
import { startServer } from '../tests/server.mjs';
import { clickAndTime } from './static-swap.mjs';
import { mainThreadEvents, selfTimesBetween } from './trace.mjs';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = process.env.APP_DIST ? path.resolve(process.env.APP_DIST) : path.join(HERE, '..', 'dist');
const THROTTLE = 4;
const [what = 'train', clicksArg] = process.argv.slice(2);
const CLICKS = Number(clicksArg ?? 10);

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'blink', 'loading'].join(',');

const server = await startServer({ root: DIST, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
const context = await browser.newContext({ viewport: what === 'train' ? { width: 1180, height: 820 } : { width: 820, height: 1180 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log(`[page ${m.type()}] ${m.text()}`);
});

/** Gets the page to the first screen to click from; returns how to click and whether it can go on. */
async function setUp() {
  if (what === 'train') {
    await page.goto(`${server.url}/train`);
    await page.getByTestId('start-course').click();
    await page.getByTestId('next-slide').waitFor();
    return {
      selector: '[data-testid="next-slide"]',
      prepare: async () => (await page.getByTestId('next-slide').count()) > 0,
    };
  }
  await page.goto(`${server.url}/`);
  await page.locator('main h1').waitFor();
  await page.getByRole('button', { name: 'Start a visit' }).click();
  await page.waitForFunction(() => location.pathname.endsWith('/danger'));
  const picks = { danger: 'no', setting: 'shared-house', people: '2-5', 'under-18': 'no', consent: 'not-asked', place: 'england-wales' };
  return {
    selector: '[data-testid="continue"]',
    prepare: async () => {
      const step = new URL(page.url()).pathname.split('/').pop();
      if (step === 'check') return false;
      if (picks[step]) await page.locator(`input[type="radio"][value="${picks[step]}"]`).check();
      if (step.startsWith('observe-')) await page.locator('input[type="checkbox"]').first().check();
      return true;
    },
  };
}

async function traced(fn) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const result = await fn();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return { result, events };
}

/** Self time (ms) by event name on the renderer's main thread, from the first EventDispatch of type click on. */
function selfTimes(events) {
  const complete = mainThreadEvents(events);
  if (!complete.length) return { total: 0, by: new Map() };
  const click = complete.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  const from = click ? click.ts : complete[0]?.ts ?? 0;
  const until = paintedAt(events) ?? Infinity;
  const label = (e) => (e.name === 'EventDispatch' ? `EventDispatch(${e.args?.data?.type})` : e.name === 'FunctionCall' ? `FunctionCall(${e.args?.data?.functionName || '?'})` : e.name);
  const by = selfTimesBetween(complete, from, until, label);
  return { by, from, until };
}

/** The trace time of the 'painted' mark (see timedClick), unless AFTER_PAINT is set. */
function paintedAt(events) {
  if (process.env.AFTER_PAINT) return undefined;
  return events.find((e) => e.name === 'painted' && e.cat?.includes('user_timing'))?.ts;
}

/** The bench's clickAndTime, with a mark once the frame is painted (an expression: no eval in the page). */
const timedClick = (selector) => `(${clickAndTime})(${JSON.stringify(selector)}).then((ms) => { performance.mark('painted'); return ms; })`;

const { selector, prepare } = await setUp();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const totals = new Map();
const walls = [];
const profiles = [];
const windows = [];
for (let i = 0; i < CLICKS && (await prepare()); i++) {
  // Let anything after the last step (autosave, idle work) settle.
  await page.waitForTimeout(300);
  await cdp.send('Profiler.start');
  const requests = [];
  const onRequest = (r) => requests.push(new URL(r.url()).pathname);
  page.on('request', onRequest);
  const before = page.url();
  const fromStep = new URL(before).pathname.split('/').pop();
  const { result: wall, events } = await traced(() => page.evaluate(timedClick(selector)));
  // The address follows the painted screen (src/ui/area.rs).
  await page.waitForURL((url) => url.href !== before);
  page.off('request', onRequest);
  if (requests.length) console.log(`  requests during click ${i + 1}: ${requests.join(', ')}`);
  const { profile } = await cdp.send('Profiler.stop');
  const { by, from, until } = selfTimes(events);
  const counted = !process.env.PROFILE_FROM || fromStep.startsWith(process.env.PROFILE_FROM);
  if (counted) {
    profiles.push(profile);
    walls.push(wall);
    windows.push({ from, until });
  }
  const top = [...by.entries()].filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(`click ${i + 1} (${new URL(page.url()).pathname}): ${wall.toFixed(1)} ms  ${top.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(' | ')}`);
  if (counted) for (const [n, ms] of by) totals.set(n, (totals.get(n) ?? 0) + ms);
}
const n = walls.length;
const sorted = [...walls].sort((a, b) => a - b);
console.log(`\n${n} clicks, median wall ${sorted[Math.floor(n / 2)].toFixed(1)} ms; mean main-thread self time per click:`);
for (const [name, ms] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  if (ms / n >= 0.1) console.log(`  ${(ms / n).toFixed(2).padStart(7)} ms  ${name}`);
}

// Sampled profile: self time by function, summed over clicks.
/** The sample times of a profile (the trace's clock), and whether each is inside its click's window. */
function inWindow(p, w) {
  const inside = [];
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i];
    inside.push(t >= w.from && t < w.until);
  }
  return inside;
}
const fnSelf = new Map();
for (const [k, p] of profiles.entries()) {
  const nodes = new Map(p.nodes.map((node) => [node.id, node]));
  const deltas = p.timeDeltas;
  const inside = inWindow(p, windows[k]);
  for (let i = 0; i < p.samples.length; i++) {
    if (!inside[i]) continue;
    const node = nodes.get(p.samples[i]);
    const cf = node.callFrame;
    const name = `${cf.functionName || '(anonymous)'} ${cf.url ? path.basename(cf.url) : ''}`.trim();
    fnSelf.set(name, (fnSelf.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
}
console.log('\nhottest functions (sampled self time per click):');
for (const [name, ms] of [...fnSelf.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`  ${(ms / n).toFixed(2).padStart(7)} ms  ${name}`);
}
// Inclusive time: every function on a sample's stack, counted once per sample.
const fnTotal = new Map();
for (const [k, p] of profiles.entries()) {
  const nodes = new Map(p.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const inside = inWindow(p, windows[k]);
  for (let i = 0; i < p.samples.length; i++) {
    if (!inside[i]) continue;
    const seen = new Set();
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) {
      const cf = nodes.get(id).callFrame;
      const name = `${cf.functionName || '(anonymous)'} ${cf.url ? path.basename(cf.url) : ''}`.trim();
      if (seen.has(name)) continue;
      seen.add(name);
      fnTotal.set(name, (fnTotal.get(name) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
    }
  }
}
const FILTER = process.env.PROFILE_FILTER ? new RegExp(process.env.PROFILE_FILTER) : null;
console.log('\nfunctions by inclusive time per click:');
for (const [name, ms] of [...fnTotal.entries()].filter(([n]) => !FILTER || FILTER.test(n)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 60))) {
  console.log(`  ${(ms / n).toFixed(2).padStart(7)} ms  ${name}`);
}
await browser.close();
await server.close();
