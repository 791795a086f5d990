// A tiny zero-dependency static server for the built app (dist/), used by
// `make serve`, the browser tests and the bench.
//
//   node tests/server.mjs [root=dist] [port=$PORT or 8080] [--mount /prefix/=dir ...]
//
// * binds 127.0.0.1 only;
// * correct MIME types (application/wasm for .wasm, so streaming instantiation works);
// * a prerendered page: /sense/the-law is answered with sense/the-law.html;
// * SPA fallback: a path whose last segment has no file extension and matches no
//   file is answered with the root's app.html (the plain app shell, see
//   src/render/pages.rs APP_SHELL; index.html where a build has none) and
//   status 200 (deep links work);
// * a missing path WITH an extension is a real 404 (a typo'd asset fails loudly);
// * `Cache-Control: no-cache` on everything (always revalidate while developing).
//   sw.js must keep it whatever else changes: a cached sw.js would hide a new build.
//
// In-process use (tests, bench):
//   const { url, close } = await startServer({ root: 'dist', port: 0 });
//   const s = await startServer({ root: 'dist', port: 0,
//                                 mounts: { '/__static/': 'bench/tmp/static' } });
// `mounts` serves further roots under a path prefix, each with its own fallback.

import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HOST = '127.0.0.1';

export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
});

export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function fileStat(p) {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

/** Resolve a URL path inside `root`, or null if it escapes the root. */
function resolveInside(root, urlPath) {
  const rel = path.normalize(urlPath).replace(/^([/\\])+/, '');
  const full = path.resolve(root, rel);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

/**
 * Decide what to send for `urlPath` within `root`.
 * Returns { status, file } (file null for 404/400).
 */
export async function lookup(root, urlPath) {
  const full = resolveInside(root, urlPath);
  if (full === null) return { status: 400, file: null };
  const st = await fileStat(full);
  if (st?.isFile()) return { status: 200, file: full };
  if (st?.isDirectory()) {
    const index = path.join(full, 'index.html');
    if ((await fileStat(index))?.isFile()) return { status: 200, file: index };
  }
  const lastSegment = urlPath.split('/').pop() ?? '';
  if (path.extname(lastSegment) === '' && lastSegment !== '') {
    // A prerendered page (/sense/the-law is sense/the-law.html), as nginx's
    // try_files $uri $uri.html.
    const page = `${full}.html`;
    if ((await fileStat(page))?.isFile()) return { status: 200, file: page };
  }
  if (path.extname(lastSegment) === '') {
    // SPA fallback: the client-side router decides what this path shows.
    for (const shell of ['app.html', 'index.html']) {
      const file = path.join(root, shell);
      if ((await fileStat(file))?.isFile()) return { status: 200, file };
    }
  }
  return { status: 404, file: null };
}

/**
 * Start a server. `root` is served at "/", each `mounts[prefix]` directory under
 * that prefix. `port` 0 picks a free port. Resolves to { url, port, close, server }.
 */
export function startServer({ root = 'dist', port = 8080, mounts = {}, log = false } = {}) {
  const rootAbs = path.resolve(root);
  const mountList = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : prefix + '/', path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);

  const server = http.createServer(async (req, res) => {
    const started = Date.now();
    const finish = (status) => {
      if (log) console.log(`${req.method} ${req.url} ${status} ${Date.now() - started}ms`);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Method not allowed\n');
        return finish(405);
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Bad request\n');
        return finish(400);
      }
      if (pathname.includes('\0')) {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Bad request\n');
        return finish(400);
      }

      let base = rootAbs;
      let rel = pathname;
      for (const [prefix, dir] of mountList) {
        if (pathname === prefix.slice(0, -1) || pathname.startsWith(prefix)) {
          base = dir;
          rel = '/' + pathname.slice(prefix.length);
          break;
        }
      }

      const { status, file } = await lookup(base, rel);
      const common = {
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      };
      if (!file) {
        const body = status === 404 ? 'Not found\n' : 'Bad request\n';
        res.writeHead(status, { ...common, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(req.method === 'HEAD' ? undefined : body);
        return finish(status);
      }
      const st = await stat(file);
      res.writeHead(status, {
        ...common,
        'Content-Type': mimeType(file),
        'Content-Length': st.size,
        'Last-Modified': st.mtime.toUTCString(),
      });
      if (req.method === 'HEAD') {
        res.end();
        return finish(status);
      }
      const stream = createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      res.on('finish', () => finish(status));
    } catch (err) {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      res.end('Internal server error\n');
      console.error(err);
      finish(500);
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      const actualPort = server.address().port;
      resolve({
        url: `http://${HOST}:${actualPort}`,
        port: actualPort,
        server,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections?.();
          }),
      });
    });
  });
}

function parseArgs(argv) {
  const positional = [];
  const mounts = {};
  let log = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--mount') {
      const spec = argv[++i] ?? '';
      const eq = spec.indexOf('=');
      if (eq <= 0) throw new Error(`--mount wants /prefix/=dir, got "${spec}"`);
      mounts[spec.slice(0, eq)] = spec.slice(eq + 1);
    } else if (a === '--quiet') {
      log = false;
    } else if (a === '-h' || a === '--help') {
      console.log('usage: node tests/server.mjs [root=dist] [port=$PORT|8080] [--mount /prefix/=dir]... [--quiet]');
      process.exit(0);
    } else {
      positional.push(a);
    }
  }
  const root = positional[0] ?? process.env.ROOT ?? 'dist';
  const port = Number(positional[1] ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port: ${positional[1] ?? process.env.PORT}`);
  return { root, port, mounts, log };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const opts = parseArgs(process.argv.slice(2));
  const rootStat = await fileStat(path.resolve(opts.root, 'index.html'));
  if (!rootStat) {
    console.error(`No ${path.join(opts.root, 'index.html')}: build first (make build).`);
    process.exit(1);
  }
  const { url, close } = await startServer(opts);
  console.log(`Serving ${path.resolve(opts.root)} at ${url}/  (Ctrl+C to stop)`);
  for (const [prefix, dir] of Object.entries(opts.mounts)) console.log(`  ${prefix} -> ${path.resolve(dir)}`);
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

export const SERVER_FILE = fileURLToPath(import.meta.url);
