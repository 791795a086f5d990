// trunk post_build hook (Trunk.toml): writes this build's file list and id
// into sw.js, so the service worker precaches every file the build made,
// whatever their hashed names, and the browser sees a new sw.js whenever
// anything changed.
//
// trunk runs it after index.html is written and before dist/ is replaced, with
// TRUNK_STAGING_DIR (the build being made) and TRUNK_PUBLIC_URL in the
// environment. It can also be run by hand on a built directory:
//   TRUNK_STAGING_DIR=dist node scripts/sw-precache.mjs
// (only on a fresh build: it refuses a sw.js whose placeholders are gone).

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SW = 'sw.js';
const ID_PLACEHOLDER = '"__SSS_BUILD_ID__"';
const FILES_PLACEHOLDER = '"__SSS_PRECACHE_FILES__"';

function fail(message) {
  console.error(`sw-precache: ${message}`);
  process.exit(1);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set (this runs as a trunk post_build hook)');

const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
if (publicUrl !== '/') {
  // sw.js resolves the files against its scope; a sub-path build would need
  // the registration in src/platform/service_worker.rs to change too.
  fail(`TRUNK_PUBLIC_URL is "${publicUrl}"; the service worker expects the app at "/"`);
}

const entries = await readdir(staging, { recursive: true, withFileTypes: true });
const files = entries
  .filter((e) => e.isFile())
  .map((e) => path.relative(staging, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
  // The browser fetches and updates sw.js itself; caching it would pin it.
  .filter((rel) => rel !== SW)
  // Precompressed copies for production servers (scripts/precompress.mjs)
  // are the same files again; the browser stores what it decompressed.
  .filter((rel) => !/\.(gz|br)$/i.test(rel))
  .sort();

if (!files.includes('index.html')) fail(`no index.html in ${staging}`);
if (!files.includes('app.html')) fail(`no app.html (the app shell, written by src/bin/prerender.rs) in ${staging}`);

const template = await readFile(path.join(staging, SW), 'utf8');
for (const placeholder of [ID_PLACEHOLDER, FILES_PLACEHOLDER]) {
  const count = template.split(placeholder).length - 1;
  if (count !== 1) fail(`${SW} should hold ${placeholder} exactly once, found ${count}`);
}

// The id covers every file's name and bytes and the worker's own code.
const hash = createHash('sha256');
hash.update(template);
for (const rel of files) {
  hash.update(`\0${rel}\0`);
  hash.update(await readFile(path.join(staging, rel)));
}
const buildId = hash.digest('hex').slice(0, 16);

const written = template
  // Functions, so a "$" in a file name is never read as a replacement pattern.
  .replace(ID_PLACEHOLDER, () => JSON.stringify(buildId))
  .replace(FILES_PLACEHOLDER, () => JSON.stringify(files));
await writeFile(path.join(staging, SW), written);
console.log(`sw-precache: build ${buildId}, ${files.length} files precached`);
