// trunk post_build hook step (scripts/post-build.sh, last): writes a .gz
// (zlib level 9) and a .br (brotli, best) beside every text and wasm file of
// the build, so a production server sends them as they are
// (deploy/nginx/app.conf: gzip_static, brotli_static) and never compresses on
// the fly. A copy that would not be smaller is not written.
//
// It runs after sw-precache.mjs: the service worker stores the files
// themselves (the browser decompresses before caching), never these copies.
//   TRUNK_STAGING_DIR=dist node scripts/precompress.mjs   (by hand)

import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

/** The kinds of file worth compressing; images such as PNG already are. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt|md|xml)$/i;
/** Precompressed copies: listings of "the build's files" leave them out. */
export const PRECOMPRESSED = /\.(gz|br)$/i;

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('precompress: TRUNK_STAGING_DIR is not set (this runs as a trunk post_build hook)');
  process.exit(1);
}

const entries = await readdir(staging, { recursive: true, withFileTypes: true });
let written = 0;
for (const entry of entries) {
  if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  const bytes = await readFile(file);
  const gzip = zlib.gzipSync(bytes, { level: 9 });
  const brotli = zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  if (gzip.length < bytes.length) {
    await writeFile(`${file}.gz`, gzip);
    written += 1;
  }
  if (brotli.length < bytes.length) {
    await writeFile(`${file}.br`, brotli);
    written += 1;
  }
}
console.log(`precompress: wrote ${written} .gz/.br files`);
