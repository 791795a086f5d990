// trunk post_build hook step (scripts/post-build.sh): minifies staged CSS and
// JS with esbuild, so the first load carries no comments or layout. Names stay
// as trunk hashed them (the minified bytes follow from the original ones, so a
// name still stands for one content); the integrity hashes trunk wrote into
// index.html are brought up to date.
//   node scripts/minify.mjs '*.css' boot.js early.js   after split-wasm.mjs
//   node scripts/minify.mjs sw.js             after sw-precache.mjs, which
//                                             needs its placeholders
// sw.js loses only its layout and comments: its names stay, so its build id
// reads `const BUILD_ID="…"` for a deploy or a test that looks for it.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';

function fail(message) {
  console.error(`minify: ${message}`);
  process.exit(1);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set (this runs as a trunk post_build hook)');
const patterns = process.argv.slice(2);
if (!patterns.length) fail('name the files to minify');

// Plain scripts, not modules: minified as they are, with no module wrapper.
const CLASSIC_SCRIPTS = ['early.js'];

const staged = await readdir(staging);
const matches = (name, pattern) => (pattern.startsWith('*') ? name.endsWith(pattern.slice(1)) : name === pattern);
const files = staged.filter((f) => patterns.some((p) => matches(f, p)));
for (const p of patterns) if (!staged.some((f) => matches(f, p))) fail(`nothing staged matches ${p}`);

const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
const indexPath = path.join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
let before = 0;
let after = 0;
for (const name of files) {
  const file = path.join(staging, name);
  const source = await readFile(file, 'utf8');
  // No target: esbuild only removes what is not needed and never rewrites
  // syntax for older browsers.
  const { code } = await transform(source, {
    loader: name.endsWith('.css') ? 'css' : 'js',
    ...(name === 'sw.js'
      ? { minifyWhitespace: true }
      : { minify: true, format: name.endsWith('.css') || CLASSIC_SCRIPTS.includes(name) ? undefined : 'esm' }),
    legalComments: 'none',
  });
  await writeFile(file, code);
  const old = integrity(source);
  if (html.includes(old)) html = html.split(old).join(integrity(code));
  before += source.length;
  after += code.length;
}
await writeFile(indexPath, html);
console.log(`minify: ${files.length} files, ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB`);
