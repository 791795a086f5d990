// Lighthouse on every prerendered page, beside a static copy of the same page
// (issue 15's goals): performance >= 95; accessibility, best practices and SEO
// at 100; largest contentful paint within 1.3x the static page's; CLS 0.
//
// Lighthouse 12.2.3 is pinned in package.json (13 wants Node 22), with its
// default mobile settings (simulated slow 4G, 4x CPU). Both sides are served by
// Debian's nginx with the shipped deploy/nginx/app.conf, so the app is sent
// precompressed, with its real headers, as a council would serve it.
//
// The static copy of a page is its prerendered HTML without the scripts that
// start the app (and without the preloads of the app's files): the same text,
// the same CSS, the same headers. It is what "a static HTML page with the same
// content" means, made from the build, so it cannot drift from it.
//
//   LH_PAGES=/,/sense/the-law   only these addresses (default: every page)
//   LH_RUNS=3                   runs per page and side; medians are reported
//   LH_SAVE=dir                 also keep each run's full Lighthouse report there

import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/browser/helpers.mjs';
import { startNginx } from '../../tests/nginx.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GOALS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100, lcpRatio: 1.3, cls: 0 };
const RUNS = Math.max(1, Number(process.env.LH_RUNS) || 1);
// Files the build writes that are not pages a reader opens: the app shell for
// app-only addresses, and the quick exit's cover.
const NOT_PAGES = new Set(['app.html', 'cover.html']);

/** Every prerendered page in `dist`: its address, file and whether search may index it. */
export async function prerenderedPages(dist) {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const pages = [];
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const file = path.relative(dist, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/');
    if (NOT_PAGES.has(file)) continue;
    const html = await readFile(path.join(dist, file), 'utf8');
    // The library's files (dist/library/<build>/) are parts of pages the app fetches.
    if (!/^<!doctype html>/i.test(html)) continue;
    const address = file === 'index.html' ? '/' : `/${file.replace(/(\/index)?\.html$/, '')}`;
    pages.push({ address, file, indexed: !/<meta name="robots" content="[^"]*noindex/.test(html) });
  }
  return pages.sort((a, b) => a.address.localeCompare(b.address));
}

/** The page as static HTML: no script, no preload of the app's files. */
export function staticCopy(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>\s*/g, '');
}

/**
 * A copy of dist/ for the server at `origin`: each page's canonical link made
 * absolute, as a build given SITE_ORIGIN=origin writes it (Lighthouse fails a
 * relative one), and `edit` applied; precompressed as the build does.
 */
async function fillRoot(dist, root, pages, origin, edit = (html) => html) {
  await cp(dist, root, { recursive: true });
  for (const { file } of pages) {
    const html = await readFile(path.join(dist, file), 'utf8');
    const out = path.join(root, file);
    const text = Buffer.from(edit(html.replace(/(<link rel="canonical" href=")\//, `$1${origin}/`)));
    await writeFile(out, text);
    await writeFile(`${out}.gz`, zlib.gzipSync(text, { level: 9 }));
    await writeFile(`${out}.br`, zlib.brotliCompressSync(text));
  }
}

function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// Lighthouse's own trace recording fails now and then (NO_NAVSTART, "please
// run Lighthouse again"): a run is tried this many times before the section fails.
const TRIES = 3;

/** One Lighthouse run: category scores (0-100), LCP and CLS, and the audits that cost points. */
async function audit(port, url) {
  let lhr;
  for (let tried = 1; ; tried++) {
    ({ lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }));
    if (!lhr.runtimeError) break;
    const error = `${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
    if (tried === TRIES) throw new Error(error);
    process.stderr.write(`[bench] ${error}; trying again\n`);
  }
  if (process.env.LH_SAVE) {
    const name = `${new URL(url).port}${new URL(url).pathname.replaceAll('/', '_')}.json`;
    await mkdir(process.env.LH_SAVE, { recursive: true });
    await writeFile(path.join(process.env.LH_SAVE, name), JSON.stringify(lhr));
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)]));
  const lost = {};
  for (const c of CATEGORIES) {
    lost[c] = lhr.categories[c].auditRefs
      .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
      .map((r) => r.id);
  }
  return {
    scores,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    lost,
    lighthouse: lhr.lighthouseVersion,
  };
}

function summarise(runs) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))]));
  const lost = Object.fromEntries(CATEGORIES.map((c) => [c, [...new Set(runs.flatMap((r) => r.lost[c]))]]));
  return {
    scores,
    lcp: median(runs.map((r) => r.lcp)),
    fcp: median(runs.map((r) => r.fcp)),
    cls: Math.max(...runs.map((r) => r.cls)),
    tbt: median(runs.map((r) => r.tbt)),
    lost,
  };
}

/** Which goals a page misses (SEO only where search may index it: a noindex page fails "is-crawlable" by design). */
function misses(page) {
  const out = [];
  for (const c of CATEGORIES) {
    if (c === 'seo' && !page.indexed) continue;
    if (!(page.app.scores[c] >= GOALS[c])) out.push(`${c} ${page.app.scores[c]} (${page.app.lost[c].join(', ') || 'no single audit'})`);
  }
  if (!(page.lcpRatio <= GOALS.lcpRatio)) out.push(`LCP ${page.lcpRatio.toFixed(2)}x the static page's`);
  if (page.app.cls > GOALS.cls) out.push(`CLS ${page.app.cls.toFixed(3)}`);
  return out;
}

export default {
  id: 'lighthouse',
  title: `Lighthouse on every prerendered page, beside its static copy (mobile settings, nginx, median of ${RUNS})`,
  needsBrowser: true,
  async run(ctx) {
    let pages = await prerenderedPages(ctx.dist);
    if (process.env.LH_PAGES) {
      const only = new Set(process.env.LH_PAGES.split(',').map((s) => s.trim()));
      pages = pages.filter((p) => only.has(p.address));
    }
    if (!pages.length) throw new Error('no prerendered pages found in dist (or none matches LH_PAGES)');
    // Each side's root is filled once its server is up, so the pages can
    // name the server's own address as their canonical one.
    const roots = { app: path.join(ctx.tmp, 'lighthouse-app'), static: path.join(ctx.tmp, 'lighthouse-static') };
    for (const root of Object.values(roots)) {
      await rm(root, { recursive: true, force: true });
      await mkdir(root, { recursive: true });
    }
    const app = await startNginx({ root: roots.app });
    const copy = await startNginx({ root: roots.static });
    let chrome;
    let version;
    try {
      await fillRoot(ctx.dist, roots.app, pages, app.url);
      await fillRoot(ctx.dist, roots.static, pages, copy.url, staticCopy);
      chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM,
        chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      });
      for (const page of pages) {
        process.stderr.write(`[bench] lighthouse ${page.address}\n`);
        const appRuns = [];
        const staticRuns = [];
        for (let i = 0; i < RUNS; i++) {
          // Interleaved, so drift on the machine hits both sides alike.
          appRuns.push(await audit(chrome.port, app.url + page.address));
          staticRuns.push(await audit(chrome.port, copy.url + page.address));
        }
        version = appRuns[0].lighthouse;
        page.app = summarise(appRuns);
        page.static = summarise(staticRuns);
        page.lcpRatio = page.app.lcp / page.static.lcp;
        page.misses = misses(page);
      }
    } finally {
      chrome?.kill();
      await app.close();
      await copy.close();
    }

    const ms = (n) => (Number.isFinite(n) ? `${(n / 1000).toFixed(2)} s` : 'n/a');
    const rows = pages.map((p) => [
      `\`${p.address}\`${p.indexed ? '' : ' (noindex)'}`,
      ...CATEGORIES.map((c) => String(p.app.scores[c])),
      ms(p.app.lcp),
      ms(p.static.lcp),
      `${p.lcpRatio.toFixed(2)}x`,
      p.app.cls.toFixed(3),
      `${Math.round(p.app.tbt)} ms`,
    ]);
    const missing = pages.filter((p) => p.misses.length);
    const ratios = pages.map((p) => p.lcpRatio);
    const data = {
      lighthouse: version,
      runs: RUNS,
      goals: GOALS,
      pages: pages.map(({ address, indexed, app: a, static: s, lcpRatio, misses: m }) => ({
        address,
        indexed,
        app: a,
        static: s,
        lcpRatio,
        misses: m,
      })),
      meetAll: pages.length - missing.length,
      worstLcpRatio: Math.max(...ratios),
    };
    const markdown = [
      `${data.meetAll} of ${pages.length} pages meet every goal; the highest LCP ratio is ${data.worstLcpRatio.toFixed(2)}x.`,
      '',
      ctx.table(
        ['page', 'perf.', 'a11y', 'best pr.', 'SEO', 'LCP app', 'LCP static', 'ratio', 'CLS', 'TBT app'],
        rows,
      ),
      '',
      missing.length
        ? ['Below a goal:', '', ...missing.map((p) => `- \`${p.address}\`: ${p.misses.join('; ')}`)].join('\n')
        : 'Every page meets every goal.',
      '',
      `Lighthouse ${version} (pinned), its default mobile settings (simulated throttling), headless Debian Chromium; ` +
        `both sides served by nginx with deploy/nginx/app.conf. The static copy is the same prerendered file ` +
        `without its scripts and preloads (bench/tmp/lighthouse-static/); on both sides the canonical link names the ` +
        `server, as a build with \`SITE_ORIGIN\` set writes it. A noindex page's SEO score is not held to ` +
        `100: Lighthouse's "is-crawlable" fails it by design. \`LH_PAGES\` picks pages, \`LH_RUNS\` the runs.`,
    ].join('\n');
    return { data, markdown };
  },
};
