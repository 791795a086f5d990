// The lock: what encryption costs a save, and how long unlocking takes
// (PBKDF2-SHA256 at 600,000 rounds, then reading every visit), at 4x CPU
// throttle like the other sections.
const CPU_THROTTLE = 4;
const RUNS = 5;
const PASS = 'kettle river lamp';

async function setLock(page, url) {
  await page.goto(`${url}/settings`);
  await page.locator('main h1').waitFor();
  await page.locator('#new-passphrase').fill(PASS);
  await page.locator('#confirm-passphrase').fill(PASS);
  await page.locator('#understood').check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.locator('[data-testid="lock-on"]').waitFor({ timeout: 60_000 });
}

export default {
  id: 'lock',
  title: `Lock (${CPU_THROTTLE}x CPU throttle)`,
  needsBrowser: true,
  async run(ctx) {
    const server = await ctx.server();
    const saves = [];
    const unlocks = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await ctx.newBenchPage({ throttle: 1 });
      await page.goto(`${server.url}/`);
      await page.locator('main h1').waitFor();
      await page.getByRole('button', { name: 'Start a visit' }).click();
      await page.waitForFunction(() => location.pathname.endsWith('/danger'));
      const id = page.url().split('/')[5];
      await setLock(page, server.url);
      // Every page load starts locked.
      await page.goto(`${server.url}/spot/visit/${id}/check`);
      await page.locator('#passphrase').fill(PASS);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.locator('#general-notes').waitFor({ timeout: 60_000 });
      unlocks.push(Date.now() - t0);
      await page.locator('#general-notes').fill('Twenty kilobytes of notes. '.repeat(760));
      saves.push(await page.evaluate(ctx.timeFlush));
      await page.close();
    }
    const data = { throttle: CPU_THROTTLE, sealedSave20kb: ctx.stat(saves), unlock: ctx.stat(unlocks) };
    const row = (label, s) => [label, String(s.samples), `${s.median.toFixed(1)} ms`, `${s.p95.toFixed(1)} ms`];
    const markdown = [
      ctx.table(['measure', 'runs', 'median', 'p95'], [
        row('Save a 20 KB visit with the lock on (serialise + AES-256-GCM + write)', data.sealedSave20kb),
        row('Unlock: tap → the visit\'s page painted (PBKDF2-SHA256 600,000 rounds + read)', data.unlock),
      ]),
      '',
      'Compare the save with "Save a 20 KB visit" under Visit records (lock off).',
    ].join('\n');
    return { data, markdown };
  },
};
