// Screenshots of facilitator mode as a room sees it, for people to look at
// (not a test): the audience window on a 1280x720 and a 1920x1080 projector,
// full screen and as a window, and the presenter view at 1180x820.
// Usage: node tests/screenshots-projector.mjs [outdir] (after make build)
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { DIST, launch, newPage, poll, presentForwardTo, waitForApp, startDistServer } from './browser/helpers.mjs';

const out = process.argv[2] ?? 'tests/output/screenshots-projector';
const libraryDir = readdirSync(path.join(DIST, 'library')).find((d) => readdirSync(path.join(DIST, 'library', d)).includes('workshop.json'));
const workshop = JSON.parse(readFileSync(path.join(DIST, 'library', libraryDir, 'workshop.json'), 'utf8'));
const slides = workshop.block.flatMap((b) => b.slide.map((s) => ({ block: b, slide: s })));
// A plain slide, a quiz with the answer shown, each activity (one item on
// screen, its answer shown), the longest quiz round and a scenario.
const idOf = (id) => slides.findIndex((s) => s.slide.id === id);
const activityAt = (id) => slides.findIndex((s) => (s.slide.activities ?? []).includes(id));
const shots = [
  { name: 'points', at: idOf('scale') },
  { name: 'quiz', at: slides.findIndex((s) => (s.slide.quiz ?? []).length), reveal: true },
  { name: 'myths', at: activityAt('myths') },
  { name: 'sort-signs', at: activityAt('sort-signs'), reveal: true },
  { name: 'ps-international', at: activityAt('ps-international'), reveal: true },
  { name: 'ps-uk', at: activityAt('ps-uk'), reveal: true },
  { name: 'msa-quiz-with-hands', at: idOf('msa-quiz'), hands: true, reveal: true },
  { name: 'confidence', at: slides.findIndex((s) => s.slide.confidence), confidence: true },
  { name: 'routes-quiz-4-with-hands', at: idOf('routes-quiz'), step: 3, hands: true, reveal: true },
  { name: 'scenario', at: slides.findIndex((s) => s.slide.scenario) },
].sort((a, b) => a.at - b.at);

await mkdir(out, { recursive: true });
const server = await startDistServer();
const browser = await launch();
try {
  for (const screen of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
    const size = `${screen.width}x${screen.height}`;
    const presenter = await newPage(browser, server.url, { viewport: screen });
    await presenter.goto('/train/present');
    await waitForApp(presenter);
    const [audience] = await Promise.all([
      presenter.context().waitForEvent('page'),
      presenter.getByTestId('open-audience').click(),
    ]);
    await waitForApp(audience);
    const title = audience.getByTestId('live-title');
    await title.waitFor();
    let fullScreen = false;
    for (const shot of shots) {
      await presenter.locator('main h1').click();
      await presentForwardTo(presenter, shot.at + 1, slides.length);
      const want = slides[shot.at].slide.title;
      await poll(async () => (await title.innerText()) === want);
      for (let i = 0; i < (shot.step ?? 0); i++) {
        await presenter.getByRole('button', { name: /^Next (item|question)$/ }).click();
      }
      if (shot.hands) {
        const id = slides[shot.at].slide.quiz[shot.step ?? 0];
        const options = workshop.item.find((q) => q.id === id).options.length;
        for (let o = 0; o < options; o++) await presenter.locator(`#hands-${id}-${o}`).fill(String(o + 3));
        await presenter.locator('main h1').click();
        await audience.locator(`[data-item="${id}"] [data-testid="hands-count"]`).first().waitFor();
      }
      if (shot.confidence) {
        const when = slides[shot.at].slide.confidence;
        for (let c = 1; c <= workshop.confidence.length; c++) {
          for (let r = 0; r < 5; r++) await presenter.locator(`#hands-confidence-${when}-${c}-${r}`).fill(String(r + c));
        }
        await presenter.locator('main h1').click();
        await poll(async () => (await audience.getByTestId('live-confidence').count()) === workshop.confidence.length);
      }
      if (shot.reveal) {
        await presenter.getByRole('button', { name: /Reveal (answers|this answer)/ }).click();
        await audience.locator('[data-testid="live-why"], [data-testid="live-activity-answer"]').first().waitFor();
      }
      if (!fullScreen) {
        const file = path.join(out, `audience-window-${size}-${shot.name}.png`);
        await audience.screenshot({ path: file });
        console.log(file);
        await audience.getByRole('button', { name: 'Full screen' }).click();
        await poll(() => audience.evaluate(() => document.fullscreenElement?.id === 'audience'));
        fullScreen = true;
      }
      const file = path.join(out, `audience-full-${size}-${shot.name}.png`);
      await audience.screenshot({ path: file });
      console.log(file);
      if (screen.width === 1280) {
        await presenter.setViewportSize({ width: 1180, height: 820 });
        const p = path.join(out, `presenter-1180x820-${shot.name}.png`);
        await presenter.screenshot({ path: p, fullPage: true });
        console.log(p);
        await presenter.setViewportSize(screen);
      }
    }
    await presenter.close();
  }
} finally {
  await browser.close();
  await server.close();
}
