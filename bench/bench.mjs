// Bench: a report, never a test. Nothing here fails on a number.
//
//   node bench/bench.mjs              run every section
//   node bench/bench.mjs size fcp     run only the named sections
//   node bench/bench.mjs --list       list sections
//
// Reads the release build in dist/ (run `make build` first; `make bench` does),
// writes bench/report.json and bench/REPORT.md, and prints the markdown.
//
// Sections live in a small registry. A section is
//   { id, title, needsBrowser?, run(ctx) -> { data, markdown } }
// where `data` goes into report.json under sections[id] and `markdown` (a string
// without the heading) into REPORT.md. Add one with registerSection() from this
// file (or import it from another module: `import { registerSection } from './bench.mjs'`).
// ctx gives: repoRoot, dist, tmp, browser() (lazy shared Chromium), server() (lazy
// shared loopback server over dist/, plus /__static/ for bench/tmp/static),
// newBenchPage({throttle}), median(), percentile(), stat(), timeFlush (a page function), fmtBytes(), fmtMs(), table().
// Every bench/sections/*.mjs is imported (in name order) before a run, so a new
// section can be its own file that default-exports its section.
// APP_DIST=dir benches another build directory instead of dist/.

import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM } from '../tests/browser/helpers.mjs';
import { lookup, startServer } from '../tests/server.mjs';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..');
export const DIST = process.env.APP_DIST ? path.resolve(process.env.APP_DIST) : path.join(REPO_ROOT, 'dist');
export const TMP = path.join(HERE, 'tmp');
export const STATIC_DIR = path.join(TMP, 'static');
export const STATIC_PREFIX = '/__static/';

export const CPU_THROTTLE = 4;
export const COLD_LOADS = 5;

// ---------------------------------------------------------------- registry ----

/** Registered sections, in report order. */
export const sections = [];

export function registerSection(section) {
  if (!section?.id || typeof section.run !== 'function') throw new Error('a section needs id and run()');
  if (sections.some((s) => s.id === section.id)) throw new Error(`duplicate bench section "${section.id}"`);
  sections.push({ title: section.id, needsBrowser: false, ...section });
  return section;
}

// ----------------------------------------------------------------- helpers ----

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.ceil((v.length * p) / 100) - 1)];
}

/** Runs in a page (pass it to page.evaluate): a pagehide makes the app write
 *  every changed visit at once; returns how long that took. */
export function timeFlush() {
  const t0 = performance.now();
  window.dispatchEvent(new Event('pagehide'));
  return performance.now() - t0;
}

/** Runs, median and p95 of a list of timings. */
export function stat(values) {
  return { samples: values.length, median: median(values), p95: percentile(values, 95) };
}

export function fmtBytes(n) {
  if (!Number.isFinite(n)) return 'n/a';
  if (n < 1024) return `${n} B`;
  return `${(n / 1024).toFixed(1)} KB`;
}

export function fmtMs(n) {
  return Number.isFinite(n) ? `${n.toFixed(0)} ms` : 'n/a';
}

/** A markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // .gz and .br copies (scripts/precompress.mjs) are the same files again.
  return entries
    .filter((d) => d.isFile() && !/\.(gz|br)$/i.test(d.name))
    .map((d) => path.join(d.parentPath ?? d.path, d.name));
}

export function compressedSizes(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

function sumSizes(list) {
  return list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

function makeContext() {
  let browserPromise = null;
  let serverPromise = null;
  const ctx = {
    repoRoot: REPO_ROOT,
    dist: DIST,
    tmp: TMP,
    throttle: CPU_THROTTLE,
    /** Runs `cargo bench --bench <name>` and returns the JSON line it prints. */
    cargoBench(name) {
      const out = execFileSync('cargo', ['bench', '--quiet', '--bench', name], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      return JSON.parse(out.trim().split('\n').filter((l) => l.startsWith('{')).pop());
    },
    median,
    percentile,
    stat,
    timeFlush,
    compressedSizes,
    fmtBytes,
    fmtMs,
    table,
    browser() {
      browserPromise ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
      return browserPromise;
    },
    server() {
      serverPromise ??= mkdir(STATIC_DIR, { recursive: true }).then(() =>
        startServer({ root: DIST, port: 0, mounts: { [STATIC_PREFIX]: STATIC_DIR } }),
      );
      return serverPromise;
    },
    /** A page in a fresh context (cold cache, empty storage), optionally CPU-throttled. */
    async newBenchPage({ throttle = CPU_THROTTLE, viewport = { width: 1280, height: 800 } } = {}) {
      const browser = await ctx.browser();
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      if (throttle && throttle !== 1) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      }
      page.once('close', () => context.close().catch(() => {}));
      return page;
    },
    async close() {
      if (browserPromise) await (await browserPromise).close();
      if (serverPromise) await (await serverPromise).close();
    },
  };
  return ctx;
}

// ------------------------------------------------------- section: sizes ----

// Pages a user may open first: the first load is what the browser fetches to
// show one of them, measured, not assumed from the file list.
const ENTRY_PAGES = ['/', '/sense', '/spot', '/spot/practice', '/stop', '/settings'];

/** Every dist/ file the browser fetched to show `url`, with the service worker blocked. */
async function fetchedFor(ctx, url) {
  const browser = await ctx.browser();
  const server = await ctx.server();
  // A worker would go on to fetch the whole build: that is reported apart.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('requestfinished', (req) => {
    const u = new URL(req.url());
    if (u.origin === server.url) fetched.add(decodeURIComponent(u.pathname));
  });
  try {
    await page.goto(server.url + url, { waitUntil: 'load' });
    await page.waitForSelector('main h1', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  // An in-app address is answered with the file the server chose (its
  // prerendered page, index.html for /, or the plain app shell app.html),
  // as tests/server.mjs decides. The page registers sw.js, which the block
  // above kept from being fetched: count it.
  const root = path.resolve(ctx.dist);
  const rels = await Promise.all(
    [...fetched].map(async (p) => {
      if (path.extname(p)) return p.slice(1);
      const { file } = await lookup(root, p);
      return file ? path.relative(root, file).split(path.sep).join('/') : 'app.html';
    }),
  );
  return [...rels, 'sw.js'];
}

registerSection({
  id: 'size',
  title: 'Bytes on the wire (dist/)',
  needsBrowser: true,
  async run(ctx) {
    const files = await listFiles(ctx.dist);
    const kinds = { wasm: ['.wasm'], js: ['.js', '.mjs'], css: ['.css'] };
    const data = { files: {}, byKind: {}, firstLoad: null, entries: {}, build: null };

    for (const file of files) {
      const rel = path.relative(ctx.dist, file).split(path.sep).join('/');
      const ext = path.extname(file).toLowerCase();
      const kind = Object.keys(kinds).find((k) => kinds[k].includes(ext)) ?? (ext === '.html' && !rel.startsWith('library/') ? 'html' : 'other');
      data.files[rel] = { kind, ...compressedSizes(await readFile(file)) };
    }
    for (const url of ENTRY_PAGES) {
      const fetched = [...new Set(await fetchedFor(ctx, url))].filter((rel) => data.files[rel]).sort();
      data.entries[url] = { files: fetched, ...sumSizes(fetched.map((rel) => data.files[rel])) };
    }
    const home = new Set(data.entries['/'].files);
    for (const [rel, f] of Object.entries(data.files)) f.firstLoad = home.has(rel);
    for (const kind of [...Object.keys(kinds), 'html']) {
      const list = Object.values(data.files).filter((f) => f.kind === kind && f.firstLoad);
      data.byKind[kind] = { count: list.length, ...sumSizes(list) };
    }
    data.firstLoad = { count: home.size, ...sumSizes(data.entries['/'].files.map((rel) => data.files[rel])) };
    const all = Object.values(data.files);
    data.build = { count: all.length, ...sumSizes(all) };

    const row = (label, s) => [label, String(s.count ?? ''), fmtBytes(s.raw), fmtBytes(s.gzip), fmtBytes(s.brotli)];
    const rows = [
      row('wasm', data.byKind.wasm),
      row('JS', data.byKind.js),
      row('CSS', data.byKind.css),
      row('HTML page', data.byKind.html),
      row('**first load** (home page)', data.firstLoad),
      row('whole build, stored by the service worker', data.build),
    ];
    const entryRows = ENTRY_PAGES.map((url) => {
      const e = data.entries[url];
      return [`\`${url}\``, String(e.files.length), fmtBytes(e.raw), fmtBytes(e.gzip), fmtBytes(e.brotli)];
    });
    const perFile = Object.entries(data.files)
      .filter(([, s]) => s.kind !== 'other')
      .sort((a, b) => b[1].raw - a[1].raw)
      .map(([rel, s]) => [`\`${rel}\``, s.kind, s.firstLoad ? 'yes' : '', fmtBytes(s.raw), fmtBytes(s.gzip), fmtBytes(s.brotli)]);
    const markdown = [
      table(['', 'files', 'raw', 'gzip -9', 'brotli q11'], rows),
      '',
      'First load = the files the browser fetches to show the home page, opened fresh with the service worker blocked (measured in Chromium, until `main h1` and no network for 500 ms), plus `sw.js`, which the page registers. The wasm is split by route (scripts/split-wasm.mjs): other pages fetch their chunk when opened. Once the page is up, the service worker stores the whole build in the background for offline use; that is the last row. Sizes are each file compressed alone.',
      '',
      '### Opening one page first',
      '',
      table(['page', 'files', 'raw', 'gzip -9', 'brotli q11'], entryRows),
      '',
      '<details><summary>Per file</summary>',
      '',
      table(['file', 'kind', 'first load', 'raw', 'gzip -9', 'brotli q11'], perFile),
      '',
      '</details>',
    ].join('\n');
    return { data, markdown };
  },
});

// ------------------------------------------------ section: first paint ----

// Installed before any page script (via CDP, so the page's CSP does not apply):
// records when `main h1` first appears, and the latest LCP candidate.
const PAINT_PROBE = `
(() => {
  window.__bench = { h1: null, lcp: null };
  const seen = () => {
    if (window.__bench.h1 === null && document.querySelector('main h1')) {
      window.__bench.h1 = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
})();`;

async function measureLoad(ctx, url, { waitForH1 }) {
  const page = await ctx.newBenchPage({ throttle: CPU_THROTTLE });
  try {
    await page.addInitScript(PAINT_PROBE);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (waitForH1) await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(300); // let the LCP candidate settle
    return await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      lcp: window.__bench?.lcp ?? null,
      h1: window.__bench?.h1 ?? null,
    }));
  } finally {
    await page.close();
  }
}

/** Write bench/tmp/static/index.html: the app's visible text as plain HTML, same CSS. */
async function buildStaticPage(ctx, appUrl) {
  const page = await ctx.newBenchPage({ throttle: 1 });
  let text;
  let title;
  let cssHrefs;
  try {
    await page.goto(appUrl, { waitUntil: 'load' });
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 30_000 });
    ({ text, title, cssHrefs } = await page.evaluate(() => ({
      text: document.body.innerText,
      title: document.title,
      cssHrefs: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname),
    })));
  } finally {
    await page.close();
  }
  await rm(STATIC_DIR, { recursive: true, force: true });
  await mkdir(STATIC_DIR, { recursive: true });
  const links = [];
  for (const href of cssHrefs) {
    const rel = href.replace(/^\/+/, '');
    const src = path.join(ctx.dist, rel);
    if (!existsSync(src)) continue;
    const name = path.basename(rel);
    await copyFile(src, path.join(STATIC_DIR, name));
    links.push(`    <link rel="stylesheet" href="${name}">`);
  }
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `      <p>${esc(l)}</p>`);
  const html = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '  <head>',
    '    <meta charset="utf-8">',
    '    <meta name="viewport" content="width=device-width, initial-scale=1">',
    `    <title>${esc(title)}</title>`,
    ...links,
    '  </head>',
    '  <body>',
    '    <main>',
    ...paragraphs,
    '    </main>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
  await writeFile(path.join(STATIC_DIR, 'index.html'), html);
  return { bytes: Buffer.byteLength(html), css: links.length, lines: paragraphs.length };
}

registerSection({
  id: 'fcp',
  title: `First paint of the home page (CPU ${CPU_THROTTLE}x slower, median of ${COLD_LOADS} cold loads)`,
  needsBrowser: true,
  async run(ctx) {
    const server = await ctx.server();
    const appUrl = `${server.url}/`;
    const staticUrl = `${server.url}${STATIC_PREFIX}`;
    const staticPage = await buildStaticPage(ctx, appUrl);

    const runs = { app: [], static: [] };
    for (let i = 0; i < COLD_LOADS; i++) {
      // Interleave so drift on the machine hits both equally.
      runs.app.push(await measureLoad(ctx, appUrl, { waitForH1: true }));
      runs.static.push(await measureLoad(ctx, staticUrl, { waitForH1: false }));
    }
    const pick = (list, key) => median(list.map((r) => r[key] ?? NaN));
    const data = {
      cpuThrottle: CPU_THROTTLE,
      coldLoads: COLD_LOADS,
      staticPage,
      app: { fcp: pick(runs.app, 'fcp'), lcp: pick(runs.app, 'lcp'), h1: pick(runs.app, 'h1') },
      static: { fcp: pick(runs.static, 'fcp'), lcp: pick(runs.static, 'lcp') },
      runs,
    };
    data.ratio = {
      fcp: data.app.fcp / data.static.fcp,
      lcp: data.app.lcp / data.static.lcp,
    };
    const ratio = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : 'n/a');
    const markdown = [
      table(
        ['', 'app (dist/)', 'static HTML, same text + CSS', 'app / static'],
        [
          ['first-contentful-paint', fmtMs(data.app.fcp), fmtMs(data.static.fcp), ratio(data.ratio.fcp)],
          ['largest-contentful-paint', fmtMs(data.app.lcp), fmtMs(data.static.lcp), ratio(data.ratio.lcp)],
          ['`main h1` in the DOM', fmtMs(data.app.h1), '-', ''],
        ],
      ),
      '',
      `Served by tests/server.mjs on loopback; a fresh browser context for every load; ` +
        `CDP \`Emulation.setCPUThrottlingRate\` ${CPU_THROTTLE}. The app's first paint can be its ` +
        `"Loading…" placeholder: the \`main h1\` row is when the app itself has rendered. ` +
        `Static page: bench/tmp/static/index.html (${staticPage.lines} lines of text, ${staticPage.css} CSS file(s)).`,
    ].join('\n');
    return { data, markdown };
  },
});

// ------------------------------------------------------------------ runner ----

function machine() {
  let nproc = os.availableParallelism?.() ?? os.cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {}
  return { nproc, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}` };
}

/** Import bench/sections/*.mjs (each registers itself). */
export async function loadSectionFiles(dir = path.join(HERE, 'sections')) {
  if (!existsSync(dir)) return;
  const names = (await readdir(dir)).filter((n) => n.endsWith('.mjs')).sort();
  // Each file default-exports its section. (A section file must not import this
  // module: run as the main module, it is still evaluating, and the import would wait forever.)
  for (const name of names) {
    const mod = await import(pathToFileURL(path.join(dir, name)).href);
    if (mod.default) registerSection(mod.default);
  }
}

export async function runBench(ids = []) {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run "make build" (or "make bench") first.');
  }
  const unknown = ids.filter((id) => !sections.some((s) => s.id === id));
  if (unknown.length) throw new Error(`unknown bench section(s): ${unknown.join(', ')}; have: ${sections.map((s) => s.id).join(', ')}`);
  const chosen = ids.length ? sections.filter((s) => ids.includes(s.id)) : sections;

  const ctx = makeContext();
  const report = { date: new Date().toISOString(), machine: machine(), chromium: null, sections: {} };
  const md = [];
  try {
    for (const section of chosen) {
      process.stderr.write(`[bench] ${section.id}…\n`);
      const started = Date.now();
      try {
        const { data, markdown } = await section.run(ctx);
        report.sections[section.id] = { title: section.title, seconds: (Date.now() - started) / 1000, data };
        md.push(`## ${section.title}`, '', markdown, '');
      } catch (err) {
        // A report, not a test: record the failure and carry on with the other sections.
        report.sections[section.id] = { title: section.title, error: String(err?.stack || err) };
        md.push(`## ${section.title}`, '', `**Not measured:** ${String(err?.message || err)}`, '');
      }
    }
    if (chosen.some((s) => s.needsBrowser)) report.chromium = (await ctx.browser()).version();
  } finally {
    await ctx.close();
  }

  const header = [
    '# Bench report',
    '',
    table(
      ['', ''],
      [
        ['date', report.date],
        ['machine', `${report.machine.nproc} CPUs (nproc), ${report.machine.cpu}`],
        ['chromium', report.chromium ?? 'not used'],
        ['node', report.machine.node],
      ],
    ),
    '',
  ];
  const markdown = [...header, ...md].join('\n');
  await writeFile(path.join(HERE, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  await writeFile(path.join(HERE, 'REPORT.md'), markdown);
  return { report, markdown };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const args = process.argv.slice(2);
  await loadSectionFiles();
  if (args.includes('--list')) {
    for (const s of sections) console.log(`${s.id}\t${s.title}`);
  } else {
    try {
      const { markdown } = await runBench(args);
      console.log(markdown);
    } catch (err) {
      console.error(`[bench] ${err.message}`);
      process.exitCode = 1;
    }
  }
}
