// trunk post_build hook step (scripts/post-build.sh): splits the app's wasm by
// route, so the first load carries only the shell and the home page.
//
// trunk 0.21 has no split step, so trunk builds the wasm (with the `split`
// feature and the linker's relocations, see .cargo/config.toml) and this
// redoes what follows cargo, on the same cargo output:
//   1. wasm-split-cli cuts it at the #[wasm_split] points (src/ui/lazy_routes.rs)
//      into the main module, one file per chunk and a JS loader for them;
//   2. wasm-bindgen makes the main module's JS glue, as trunk does;
//   3. wasm-opt -Oz shrinks every wasm file, and esbuild the JS;
//   4. the files get names hashed from their contents, and index.html's
//      metas and preloads (with their integrity hashes) point at them.
// trunk's own glue and wasm for the unsplit module are removed.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { transform } from 'esbuild';

const run = promisify(execFile);
const NAME = 'sense-spot-stop';
// The features rustc enables for wasm32-unknown-unknown. The main module
// declares them in its target_features section; the chunks do not.
const WASM_FEATURES = [
  '--enable-bulk-memory',
  '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-reference-types',
  '--enable-multivalue',
];

function fail(message) {
  console.error(`split-wasm: ${message}`);
  process.exit(1);
}

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
if (!staging || !profile) fail('TRUNK_STAGING_DIR and TRUNK_PROFILE must be set (this runs as a trunk post_build hook)');
const input = path.join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown', profile, `${NAME}.wasm`);

// WASM_PROFILING=1: a build for profiles (bench/profile*.mjs), never to ship:
// function names kept, and wasm-opt only copies, so it takes a minute.
const PROFILING = process.env.WASM_PROFILING === '1';
const OPT = PROFILING ? ['-O0', '-g'] : ['-Oz'];

const hashOf = (bytes, algorithm = 'sha256') => createHash(algorithm).update(bytes).digest();
const integrity = (bytes) => `sha384-${hashOf(bytes, 'sha384').toString('base64')}`;

/** Replaces every `from` by `to`, or fails if there is none. */
function replaceAll(text, from, to, what) {
  const parts = text.split(from);
  if (parts.length < 2) fail(`${what}: "${from}" not found`);
  return parts.join(to);
}

async function inParallel(jobs, limit) {
  const queue = [...jobs];
  const workers = Array.from({ length: limit }, async () => {
    while (queue.length) await queue.shift()();
  });
  await Promise.all(workers);
}

/** JS minified by esbuild: no target, so no syntax is rewritten. */
async function minify(js) {
  const { code } = await transform(js, { loader: 'js', format: 'esm', minify: true, legalComments: 'none' });
  return code;
}

const work = await mkdtemp(path.join(tmpdir(), 'split-wasm-'));
try {
  // 1. Split.
  const split = path.join(work, 'split');
  //    Code shared by three route modules or more goes into one chunk, which
  //    any route loads: without this, every set of routes sharing code had a
  //    file of its own (103 of them), and opening Your visits fetched 67.
  await run('wasm-split-cli', [input, split, '--out-name', NAME, '--merge-shared-from', '3']);
  const splitFiles = await readdir(split);
  const chunks = splitFiles.filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`).sort();
  if (!chunks.some((f) => f.startsWith('split_'))) {
    fail(`${input} has no split points: was it built with --features split?`);
  }

  // 2. The main module's glue, as trunk makes it, but keeping the function
  //    table's export, through which the chunks add and call functions.
  const bindgen = path.join(work, 'bindgen');
  await run('wasm-bindgen', ['--target=web', `--out-dir=${bindgen}`, `--out-name=${NAME}`, '--no-typescript', '--keep-lld-exports', ...(PROFILING ? ['--keep-debug'] : []), path.join(split, `${NAME}.wasm`)]);

  // 3. Optimise every wasm file, two at a time on a 2-core machine.
  const opt = path.join(work, 'opt');
  const jobs = [
    () => run('wasm-opt', [...OPT, path.join(bindgen, `${NAME}_bg.wasm`), `--output=${path.join(opt + '-main.wasm')}`]),
    ...chunks.map((c) => () => run('wasm-opt', [...OPT, ...WASM_FEATURES, path.join(split, c), `--output=${path.join(opt + '-' + c)}`])),
  ];
  await inParallel(jobs, Math.max(1, Math.min(availableParallelism(), 4)));

  // 4. Names from contents: a browser or proxy cache never mixes builds.
  const mainWasm = await readFile(`${opt}-main.wasm`);
  const chunkBytes = new Map();
  for (const c of chunks) chunkBytes.set(c, await readFile(`${opt}-${c}`));
  let loader = await readFile(path.join(split, '__wasm_split.js'), 'utf8');
  let glue = await readFile(path.join(bindgen, `${NAME}.js`), 'utf8');

  const all = createHash('sha256');
  for (const bytes of [mainWasm, ...chunkBytes.values(), loader, glue]) all.update(bytes);
  const id = all.digest('hex').slice(0, 16);
  const glueName = `${NAME}-${id}.js`;
  const wasmName = `${NAME}-${id}_bg.wasm`;
  const loaderName = `${NAME}-${id}-chunks.js`;
  const chunkName = (c) => `${NAME}-${id}-${c}`;

  // Only the JS import: the wasm's own import keeps its module name.
  glue = replaceAll(glue, 'from "./__wasm_split.js"', `from "./${loaderName}"`, 'glue');
  loader = replaceAll(loader, `"./${NAME}.js"`, `"./${glueName}"`, 'chunk loader');
  for (const c of chunks) loader = replaceAll(loader, `"./${c}"`, `"./${chunkName(c)}"`, 'chunk loader');
  // A chunk that fails to load is reported to the app, which shows "This page
  // could not be opened" with a Reload that saves first. The loader also logs
  // it as an error; WebKit and Firefox then log every early fetch cut short by
  // leaving the page ("Load failed"), which is no fault. Log it as a warning.
  loader = replaceAll(loader, 'console.error(e);', 'console.warn(e);', 'chunk loader');
  // A chunk the service worker has stored is read from the store by the page
  // itself, with no request. Firefox logs "A ServiceWorker intercepted the
  // request and encountered an unexpected error" for every request the worker
  // is answering when the page is left, even from its store, and the app
  // fetches its chunks early, so leaving a page soon after opening it logged
  // one per chunk in flight. Names carry the build's hash, so any stored copy
  // is the right one. No store (plain http, a private window): the network,
  // through the worker, as before.
  loader = replaceAll(loader, 'fetch(new URL(', 'storedOrFetched(new URL(', 'chunk loader');
  loader = replaceAll(
    loader,
    'let sharedImports = undefined;',
    `const storedOrFetched = (url) => (self.caches ? caches.match(url).catch(() => undefined) : Promise.resolve()).then((hit) => hit ?? fetch(url));
let sharedImports = undefined;`,
    'chunk loader',
  );
  glue = await minify(glue);
  loader = await minify(loader);

  // trunk's files for the unsplit module go; the split ones take their place.
  const staged = await readdir(staging);
  const trunkGlue = staged.filter((f) => f.startsWith(`${NAME}-`) && f.endsWith('.js'));
  const trunkWasm = staged.filter((f) => f.startsWith(`${NAME}-`) && f.endsWith('_bg.wasm'));
  if (trunkGlue.length !== 1 || trunkWasm.length !== 1) {
    fail(`expected one ${NAME}-*.js and one ${NAME}-*_bg.wasm from trunk in ${staging}, found ${[...trunkGlue, ...trunkWasm].join(', ') || 'none'}`);
  }
  for (const f of [...trunkGlue, ...trunkWasm]) await rm(path.join(staging, f));

  await writeFile(path.join(staging, glueName), glue);
  await writeFile(path.join(staging, wasmName), mainWasm);
  await writeFile(path.join(staging, loaderName), loader);
  for (const [c, bytes] of chunkBytes) await writeFile(path.join(staging, chunkName(c)), bytes);

  // index.html: the metas public/boot.js reads, and trunk's preloads with
  // integrity hashes of the new files. The chunk loader is preloaded too: the
  // glue imports it before anything can run.
  const indexPath = path.join(staging, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const glueRef = new RegExp(`/${trunkGlue[0].replace(/[.]/g, '\\.')}"( crossorigin="anonymous" integrity="[^"]*")?`, 'g');
  const wasmRef = new RegExp(`/${trunkWasm[0].replace(/[.]/g, '\\.')}"( crossorigin="anonymous" integrity="[^"]*")?`, 'g');
  const withIntegrity = (name, bytes) => (_m, attrs) =>
    attrs ? `/${name}" crossorigin="anonymous" integrity="${integrity(bytes)}"` : `/${name}"`;
  if (!glueRef.test(html) || !wasmRef.test(html)) fail(`index.html does not name ${trunkGlue[0]} and ${trunkWasm[0]}`);
  html = html.replace(glueRef, withIntegrity(glueName, glue)).replace(wasmRef, withIntegrity(wasmName, mainWasm));
  html = replaceAll(
    html,
    '</head>',
    `<link rel="modulepreload" href="/${loaderName}" crossorigin="anonymous" integrity="${integrity(loader)}"></head>`,
    'index.html',
  );
  await writeFile(indexPath, html);

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const chunkTotal = [...chunkBytes.values()].reduce((n, b) => n + b.length, 0);
  console.log(`split-wasm: main ${kb(mainWasm.length)}, ${chunks.length} chunks ${kb(chunkTotal)} (raw)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
