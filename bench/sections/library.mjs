// The guidance library: search time per keystroke (native), and the size of
// its files in dist/library/, which are read when a page or the search is
// opened and so are not part of the first load.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export default {
  id: 'library',
  title: 'Guidance library (search and size)',
  async run(ctx) {
    const data = ctx.cargoBench('search');
    const root = path.join(ctx.dist, 'library');
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const files = entries.filter((d) => d.isFile() && !/\.(gz|br)$/i.test(d.name)).map((d) => path.join(d.parentPath ?? d.path, d.name));
    const size = { count: files.length, raw: 0, gzip: 0, largest: null };
    for (const file of files) {
      const s = ctx.compressedSizes(await readFile(file));
      size.raw += s.raw;
      size.gzip += s.gzip;
      if (!size.largest || s.gzip > size.largest.gzip) size.largest = { file: path.basename(file), ...s };
    }
    data.library_files = size;
    const markdown = [
      ctx.table(
        ['topics', 'glossary terms', 'keystrokes', 'median', 'p95', 'library files', 'raw', 'gzip -9', 'largest (gzip)'],
        [[String(data.topics), String(data.terms), String(data.keystrokes), `${data.median_us} µs`, `${data.p95_us} µs`, String(size.count), ctx.fmtBytes(size.raw), ctx.fmtBytes(size.gzip), `${size.largest?.file} ${ctx.fmtBytes(size.largest?.gzip)}`]],
      ),
      '',
      'Search: one call per keystroke of six typical queries, native (`cargo bench --bench search`), with the topics\' text loaded; goal p95 ≤ 5 ms. Library files: every topic\'s HTML (one file per nation where the text differs), the glossary and the search text, written by build.rs to dist/library/<content hash>/ and read when opened (search.txt when the search box appears), so they are not in the first load; gzip is the sum of each file compressed alone.',
    ].join('\n');
    return { data, markdown };
  },
};
