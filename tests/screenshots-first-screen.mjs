// The first screen (the viewport only, no scrolling) at every screenshot size,
// for people to look at (not a test): the home page on first use (with the
// quick-exit note, shown once), a wizard question after it, an observation
// screen, and a topic without JavaScript. Usage: node tests/screenshots-first-screen.mjs [outdir]
import { launch, newPage, waitForApp, startDistServer, poll, SCREENSHOT_SIZES } from './browser/helpers.mjs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/first-screen';
await mkdir(out, { recursive: true });
const server = await startDistServer();
const browser = await launch();
try {
  for (const size of SCREENSHOT_SIZES) {
    const viewport = { width: size.width, height: size.height };
    const page = await newPage(browser, server.url, { viewport });
    const shot = async (name) => {
      const file = path.join(out, `${size.name}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    };
    await page.goto('/');
    await waitForApp(page);
    await shot('home-first-use');
    await page.getByRole('button', { name: 'Start a visit' }).click();
    await poll(() => new URL(page.url()).pathname.endsWith('/danger'));
    await waitForApp(page);
    await shot('question');
    // On to the first observation screen: a longer question with boxes.
    for (const value of ['no', 'shared-house', 'england-wales', '2-5', 'no']) {
      const before = page.url();
      await page.locator(`input[type="radio"][value="${value}"]`).check();
      await page.getByTestId('continue').click();
      await poll(() => page.url() !== before);
      await waitForApp(page);
    }
    await shot('observe');
    await page.close();
    // A prerendered topic before the app's code has arrived (the wasm held
    // back): the quick exit and 999 must already be there.
    const early = await newPage(browser, server.url, { viewport });
    await early.route('**/*.wasm', () => {});
    await early.goto('/sense/the-law', { waitUntil: 'domcontentloaded' });
    await early.locator('#prerendered main h1').waitFor();
    let file = path.join(out, `${size.name}-topic-before-app.png`);
    await early.screenshot({ path: file });
    console.log(file);
    await early.close();
    const plain = await newPage(browser, server.url, { viewport, javaScriptEnabled: false });
    await plain.goto('/sense/the-law');
    file = path.join(out, `${size.name}-topic-no-js.png`);
    await plain.screenshot({ path: file });
    console.log(file);
    await plain.getByRole('button', { name: /Exit this page/ }).click();
    await plain.waitForURL((u) => u.pathname === '/cover.html');
    file = path.join(out, `${size.name}-cover-no-js.png`);
    await plain.screenshot({ path: file });
    console.log(file);
    await plain.close();
  }
} finally {
  await browser.close();
  await server.close();
}
