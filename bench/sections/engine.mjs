// The decision engine's assessment time on the host, over the full catalogue
// (every indicator that applies to each setting recorded at once).

export default {
  id: 'engine',
  title: 'Decision engine (native)',
  async run(ctx) {
    const data = ctx.cargoBench('engine');
    const markdown = [
      ctx.table(
        ['catalogue', 'observations per assessment (mean)', 'samples', 'median', 'p95', 'max'],
        [[String(data.catalogue), String(data.mean_observations), String(data.samples), `${data.median_us} µs`, `${data.p95_us} µs`, `${data.max_us} µs`]],
      ),
      '',
      '`cargo bench --bench engine`: one assessment per setting with every indicator that applies there recorded as seen.',
    ].join('\n');
    return { data, markdown };
  },
};
