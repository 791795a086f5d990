// The guidance library: search time per keystroke (native), and what the
// content adds to the wasm.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

export default {
  id: 'library',
  title: 'Guidance library (search and size)',
  async run(ctx) {
    const data = ctx.cargoBench('search');
    const text = await readFile(path.join(ctx.repoRoot, 'bench', 'tmp', 'content.txt'));
    data.content_gzip_upper_bound = zlib.gzipSync(text, { level: 9 }).length;
    const markdown = [
      ctx.table(
        ['topics', 'glossary terms', 'keystrokes', 'median', 'p95', 'content raw', 'content gzip'],
        [[String(data.topics), String(data.terms), String(data.keystrokes), `${data.median_us} µs`, `${data.p95_us} µs`, ctx.fmtBytes(data.content_bytes_upper_bound), ctx.fmtBytes(data.content_gzip_upper_bound)]],
      ),
      '',
      'Search: one call per keystroke of six typical queries, native (`cargo bench --bench search`); goal p95 ≤ 5 ms. Content size: every topic\'s HTML for each nation, its search text and the glossary, all compiled into the wasm — an upper bound, since a topic without nation blocks stores its HTML once.',
    ].join('\n');
    return { data, markdown };
  },
};
