// Screenshots of the Train screens at tablet and phone sizes, for people to
// look at (not a test). Usage: node tests/screenshots-train.mjs [outdir]
// The course is set part-way through so the slides show answers, a scenario
// in progress and a review that is due.
import { launch, newPage, waitForApp, startDistServer, SCREENSHOT_SIZES } from './browser/helpers.mjs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const out = process.argv[2] ?? 'tests/output/screenshots-train';
const DAY = 86_400_000;
const now = Date.now();
const progress = {
  version: 1,
  at: ['m1', 'sort-signs'],
  answers: { border: 0, 'consent-to-travel': 1, 'ilo-indicator': 1 },
  scenarios: { 'car-wash': [0] },
  finished: now - 3 * DAY,
  review: { start: now - 3 * DAY, rounds_done: 0, retry: {}, seen: {} },
  session: null,
  confidence: { before: [2, 3], after: [], then: [] },
  name: 'Sam Example',
  activities: {
    myths: {
      chosen: { 'only-foreigners': 'false', 'paid-not-victim': 'false', 'locked-up': 'true', 'ask-for-help': 'false', 'men-too': 'true', 'one-sign-suspicion': 'true' },
      checked: true,
    },
    'sort-signs': { chosen: { 'living-at-workplace': 'sexual' }, checked: false },
  },
};
const routes = [
  '/', '/train', '/train/course/open/warm-up', '/train/course/m1/sort-signs', '/train/course/m3/car-wash',
  '/train/review', '/train/present', '/train/audience', '/train/team', '/train/poster', '/train/certificate',
  '/train/course/m1/myths', '/train/course/m2/ps-international', '/train/team/housing', '/train/team/resources',
];

await mkdir(out, { recursive: true });
const server = await startDistServer();
const browser = await launch();
try {
  for (const size of SCREENSHOT_SIZES) {
    const page = await newPage(browser, server.url, { viewport: { width: size.width, height: size.height } });
    await page.goto('/');
    await page.evaluate((p) => {
      localStorage.setItem('sss.train.progress', JSON.stringify(p));
      localStorage.setItem('sss.train.next-review', String(p.review.start + 2 * 86_400_000));
    }, progress);
    for (const route of routes) {
      await page.goto(route);
      await waitForApp(page);
      const file = path.join(out, `${size.name}${route.replaceAll('/', '_') || '_home'}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
