// The production server configuration (deploy/nginx/app.conf), served by a real
// Debian nginx over the built app: the headers, caching, types, precompressed
// files and which addresses get the app. Other suites run through the same
// nginx with `make test-nginx` (APP_SERVER=nginx).

import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { DIST, assertNoForeignRequests, assertNoPageErrors, launch, newPage, waitForApp } from './helpers.mjs';
import { checkSiteConfig, startNginx } from '../nginx.mjs';
import { MIME_TYPES } from '../server.mjs';

let server;
let browser;
before(async () => {
  server = await startNginx({ root: DIST });
});
after(async () => {
  try {
    if (server) assertNoForeignRequests(server.url);
  } finally {
    await browser?.close();
    await server?.close();
  }
});

const INDEX = await readFile(path.join(DIST, 'index.html'), 'utf8');
// The plain app shell: the answer for in-app addresses with no page of their own.
const APP_SHELL = await readFile(path.join(DIST, 'app.html'), 'utf8');
const META_CSP = INDEX.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
const HASHED = /-[0-9a-f]{16}[-_.][^/]*$|^library\/[0-9a-f]{16}\//;

/** Every file of the build (not the precompressed copies), relative to dist/. */
async function builtFiles() {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !/\.(gz|br)$/.test(e.name))
    .map((e) => path.relative(DIST, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
    .sort();
}

/** A raw GET (no decoding by fetch): status, headers and the body's bytes. */
async function get(urlPath, encoding = 'identity') {
  return new Promise((resolve, reject) => {
    const req = http.get(server.url + urlPath, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

describe('nginx with deploy/nginx/app.conf', () => {
  it('the site file as shipped (https, http sent to https) passes nginx -t', async () => {
    const out = await checkSiteConfig();
    assert.match(out, /syntax is ok/);
    assert.doesNotMatch(out, /\[warn\]/, 'nginx -t warns');
  });

  it('sends the security headers on every answer, errors included', async () => {
    assert.ok(META_CSP, 'dist/index.html has a CSP meta');
    for (const urlPath of ['/', '/spot/visit/abc/observe', '/sw.js', '/manifest.webmanifest', '/no-such-file.js']) {
      const { headers } = await get(urlPath);
      assert.equal(headers['content-security-policy'], `${META_CSP}; frame-ancestors 'none'`, `${urlPath}: the meta's policy plus frame-ancestors`);
      assert.equal(headers['referrer-policy'], 'no-referrer', urlPath);
      assert.equal(headers['x-content-type-options'], 'nosniff', urlPath);
      assert.match(headers['permissions-policy'] ?? '', /camera=\(\).*microphone=\(\).*geolocation=\(\)/, urlPath);
      assert.equal(headers['server'], 'nginx', `${urlPath}: no version in the Server header`);
    }
  });

  it('every file of the build: its own type, and a year immutable only when its name is its content', async () => {
    const files = await builtFiles();
    assert.ok(files.length > 10, 'dist/ has the build');
    for (const rel of files) {
      const { status, headers } = await get(`/${rel}`);
      assert.equal(status, 200, rel);
      const ext = path.extname(rel).toLowerCase();
      const expected = MIME_TYPES[ext]?.split(';')[0];
      if (expected) assert.equal(headers['content-type'].split(';')[0], expected.replace('text/javascript', 'application/javascript'), `${rel}: type`);
      const cache = headers['cache-control'];
      if (HASHED.test(rel)) assert.equal(cache, 'public, max-age=31536000, immutable', `${rel}: hashed`);
      else assert.equal(cache, 'no-cache', `${rel}: keeps its name between builds, so always revalidated`);
    }
    const wasm = files.find((f) => f.endsWith('.wasm'));
    assert.equal((await get(`/${wasm}`)).headers['content-type'], 'application/wasm');
  });

  it('sends the build\u2019s own .br or .gz copy when the browser takes it, with the same bytes', async () => {
    const wasm = (await builtFiles()).find((f) => f.endsWith('_bg.wasm'));
    for (const rel of ['index.html', wasm, 'sw.js']) {
      const plain = await readFile(path.join(DIST, rel));
      const br = await get(`/${rel}`, 'br, gzip');
      assert.equal(br.headers['content-encoding'], 'br', `${rel}: brotli preferred`);
      assert.deepEqual(zlib.brotliDecompressSync(br.body), plain, `${rel}: .br is the file`);
      assert.match(br.headers['vary'] ?? '', /Accept-Encoding/i, `${rel}: Vary`);
      const gz = await get(`/${rel}`, 'gzip');
      assert.equal(gz.headers['content-encoding'], 'gzip', `${rel}: gzip`);
      assert.deepEqual(zlib.gunzipSync(gz.body), plain, `${rel}: .gz is the file`);
      const none = await get(`/${rel}`);
      assert.equal(none.headers['content-encoding'], undefined, `${rel}: identity`);
      assert.deepEqual(none.body, plain, `${rel}: as built`);
    }
  });

  it('answers a prerendered address with its own file, compressed, as HTML', async () => {
    const file = await readFile(path.join(DIST, 'sense', 'the-law.html'));
    for (const [encoding, header] of [['br', 'br'], ['gzip', 'gzip'], ['identity', undefined]]) {
      const res = await get('/sense/the-law', encoding);
      assert.equal(res.status, 200);
      assert.match(res.headers['content-type'], /^text\/html/);
      assert.equal(res.headers['content-encoding'], header, `${encoding}`);
      assert.equal(res.headers['cache-control'], 'no-cache');
      const body = header === 'br' ? zlib.brotliDecompressSync(res.body) : header === 'gzip' ? zlib.gunzipSync(res.body) : res.body;
      assert.deepEqual(body, file, `${encoding}: sense/the-law.html`);
    }
    for (const urlPath of ['/sense', '/stop', '/spot/how-it-decides', '/sense/glossary']) {
      const res = await get(urlPath);
      assert.equal(res.status, 200, urlPath);
      assert.deepEqual(res.body, await readFile(path.join(DIST, `${urlPath.slice(1)}.html`)), `${urlPath}: its own page`);
    }
  });

  it('answers other in-app addresses with the app, and a missing file with a real 404', async () => {
    const home = await get('/');
    assert.equal(home.status, 200);
    assert.equal(home.body.toString('utf8'), INDEX, '/: the prerendered home page');
    for (const urlPath of ['/spot/visit/abc/observe', '/no-such-page', '/sense/no-such-topic', '/train/review']) {
      const res = await get(urlPath);
      assert.equal(res.status, 200, urlPath);
      assert.equal(res.body.toString('utf8'), APP_SHELL, `${urlPath}: the plain app shell`);
      assert.ok(!res.body.toString('utf8').includes('id="prerendered"'), `${urlPath}: no other page first`);
      assert.equal(res.headers['cache-control'], 'no-cache', `${urlPath}: HTML is always revalidated`);
    }
    for (const urlPath of ['/no-such-file.js', '/library/0000000000000000/missing.html', '/sense/no-such-topic.html', '/icons/none.png']) {
      const res = await get(urlPath);
      assert.equal(res.status, 404, urlPath);
      assert.notEqual(res.body.toString('utf8'), APP_SHELL, `${urlPath}: never the app`);
    }
  });

  it('the app loads and runs through it, with no console error and no request elsewhere', { timeout: 60_000 }, async () => {
    browser = await launch();
    const page = await newPage(browser, server.url, { viewport: { width: 820, height: 1180 } });
    await page.goto('/sense/the-law');
    await waitForApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    assertNoPageErrors(page);
    await page.close();
  });
});
