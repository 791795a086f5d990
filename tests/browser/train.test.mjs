// Train: the self-paced workshop from start to finish with both branching
// scenarios, a reload at any point losing nothing, keyboard only, axe on
// every Train screen, and the spaced review falling due under a fake clock.
//
// The answers come from the built workshop.json, the same file the app reads.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DIST, assertNoPageErrors, checkAxe, focused, newPage, poll, presentForwardTo, useBrowserSuite, waitForApp } from './helpers.mjs';

const TEST_TIMEOUT = 300_000;
const DAY = 86_400_000;
const T0 = Date.parse('2026-12-02T09:00:00Z');
const suite = useBrowserSuite();

const libraryDir = readdirSync(path.join(DIST, 'library')).find((d) => readdirSync(path.join(DIST, 'library', d)).includes('workshop.json'));
const workshop = JSON.parse(readFileSync(path.join(DIST, 'library', libraryDir, 'workshop.json'), 'utf8'));
const slides = workshop.block.flatMap((b) => b.slide.map((s) => ({ block: b, slide: s, href: `/train/course/${b.id}/${s.id}` })));
const items = Object.fromEntries(workshop.item.map((i) => [i.id, i]));

async function open(route, { viewport = { width: 820, height: 1180 }, time } = {}) {
  const page = await newPage(suite.browser, suite.server.url, { viewport });
  if (time !== undefined) await page.clock.setFixedTime(time);
  await page.goto(route);
  await waitForApp(page);
  return page;
}

/** Visible text under `selector` set smaller than 18 px, as "size: text". */
const smallText = (page, selector) =>
  page.evaluate((selector) => {
    const out = [];
    for (const root of document.querySelectorAll(selector)) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (el.closest('.app-visually-hidden')) continue;
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent.trim()).join(' ').trim();
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (own && size < 18) out.push(`${size}px: ${own.slice(0, 60)}`);
      }
    }
    return out;
  }, selector);

async function axeClean(page, label) {
  // Each screen is checked as it opens, from the top. Scrolled part way, the
  // "Get help now" links sit partly under the sticky top row by design, and
  // axe's target-size rule then counts them as obscured: where that happens
  // depends on how far the answers above scrolled the page, not on the slide.
  await page.evaluate(() => window.scrollTo(0, 0));
  const violations = await checkAxe(page);
  assert.deepEqual(violations, [], `${label}: axe violations:\n${violations.join('\n')}`);
}

/** Answers the quiz item `id` on the page, rightly unless `wrong`. */
async function answer(page, id, { wrong = false } = {}) {
  const item = items[id];
  const choice = wrong ? (item.answer + 1) % item.options.length : item.answer;
  const form = page.locator(`form[data-item="${id}"]`);
  await form.locator(`input[value="${choice}"]`).check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  const feedback = form.getByTestId('quiz-feedback');
  await feedback.waitFor();
  const text = await feedback.innerText();
  assert.match(text, wrong ? /Not quite\. The answer is:/ : /^Right\./, `${id}: feedback`);
  assert.ok(text.includes('Source: ['), `${id}: the feedback names its source`);
}

/** Walks a scenario by choosing, at each node, the first good (or poor) choice. */
async function walk(page, scenarioId, good) {
  const scenario = workshop.scenario.find((s) => s.id === scenarioId);
  let node = scenario.node.find((n) => n.id === scenario.start);
  while (!node.ending) {
    const i = node.choice.findIndex((c) => c.good === good);
    const form = page.getByTestId('scenario-choice');
    await form.locator(`input[value="${i}"]`).check();
    await form.getByRole('button', { name: 'Choose' }).click();
    const step = page.getByTestId('scenario-last-step');
    await poll(async () => (await step.innerText()).includes(node.choice[i].feedback), { timeout: 15_000 });
    assert.ok((await step.innerText()).includes(node.choice[i].feedback), 'the choice is explained');
    node = scenario.node.find((n) => n.id === node.choice[i].next);
  }
  const ending = page.getByTestId('scenario-ending');
  await ending.waitFor();
  assert.equal(await ending.getAttribute('data-ending'), good ? 'good' : 'poor');
  assert.ok((await ending.innerText()).includes(node.text));
}

/** Runs the whole course from /train, answering `wrong` items wrongly. */
async function runCourse(page, { wrong = [], axe = false } = {}) {
  await page.goto('/train');
  await waitForApp(page);
  await page.getByTestId('start-course').click();
  const answered = new Set();
  for (const [n, { slide, href }] of slides.entries()) {
    await waitForApp(page);
    // The address follows once the slide is painted (ui/area.rs).
    await poll(async () => new URL(page.url()).pathname === href);
    assert.equal(new URL(page.url()).pathname, href, `slide ${n + 1}`);
    assert.equal(await page.locator('main h1').innerText(), slide.title);
    for (const id of slide.quiz ?? []) {
      if (answered.has(id)) {
        // Asked again later in the course: the first answer stands.
        assert.equal(await page.locator(`form[data-item="${id}"]`).getByTestId('quiz-feedback').count(), 1, `${id}: shown as answered`);
        continue;
      }
      answered.add(id);
      await answer(page, id, { wrong: wrong.includes(id) });
    }
    if (slide.confidence === 'before') await page.locator('label[for="conf-before-0-2"]').click();
    if (slide.confidence === 'after') {
      await page.locator('label[for="conf-after-0-4"]').click();
      await page.locator('label[for="conf-then-0-1"]').click();
      const row = page.getByTestId('confidence-summary').locator('tbody tr').first();
      await poll(async () => (await row.innerText()).replace(/\s+/g, ' ').endsWith('2 1 4'));
      assert.match((await row.innerText()).replace(/\s+/g, ' '), /2 1 4$/, 'before, thinking back, now');
    }
    if (slide.scenario) {
      await walk(page, slide.scenario, false);
      await page.getByRole('button', { name: 'Try a different path' }).click();
      await walk(page, slide.scenario, true);
    }
    if (axe) await axeClean(page, href);
    if (n + 1 < slides.length) await page.getByTestId('next-slide').click();
  }
  await page.getByTestId('finish').click();
  await page.getByTestId('course-finished').waitFor();
}

describe('Train', () => {
  it('is reachable from the home page and the navigation, and every slide of a whole self-paced run passes axe', { timeout: TEST_TIMEOUT }, async () => {
    assert.equal(workshop.block.reduce((m, b) => m + b.minutes, 0), 120);
    const page = await open('/');
    try {
      assert.equal(await page.locator('main a[href="/train"]').count(), 1, 'a link on the home page');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Train' }).click();
      await waitForApp(page);
      assert.equal(await page.locator('main h1').innerText(), 'The 2-hour workshop');
      const files = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      assert.ok(files.some((f) => /split_train/.test(f)), `the Train chunk loads on demand: ${files.join(', ')}`);
      assert.ok(files.some((f) => f.endsWith('/workshop.json')), 'the workshop content loads on demand');
      assert.equal(await page.getByTestId('plan').locator('tbody tr').count(), workshop.block.length);
      assert.ok((await page.getByTestId('caveats').innerText()).includes('Fair Work Agency'));
      await axeClean(page, '/train');
      await runCourse(page, { wrong: ['border'], axe: true });
      const done = await page.getByTestId('course-finished').innerText();
      const asked = new Set(slides.flatMap((s) => s.slide.quiz ?? [])).size;
      assert.ok(done.includes(`Quiz: ${asked - 1} of ${asked} right at the first try`), done);
      assert.ok((await page.getByTestId('review-next').innerText()).includes('next 3-minute review is due on'));
      await axeClean(page, '/train after the course');
      // The review dates as a calendar file, made on the device.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ics').click()]);
      assert.equal(download.suggestedFilename(), 'review-reminders.ics');
      const ics = readFileSync(await download.path(), 'utf8');
      assert.equal(ics.match(/BEGIN:VEVENT/g).length, 3);
      // The record of completion, with the name typed here, printable.
      await page.getByRole('link', { name: /record of completion/ }).click();
      await waitForApp(page);
      await page.getByLabel('Your name, as it should appear').fill('Sam Example');
      assert.equal(await page.getByTestId('certificate-name').innerText(), 'Sam Example');
      assert.match(await page.getByTestId('certificate').innerText(), /2 hours/);
      await axeClean(page, '/train/certificate');
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.getByLabel('Your name, as it should appear').inputValue(), 'Sam Example', 'the name is kept');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.app-header').isVisible(), false, 'print shows the record alone');
      assert.equal(await page.getByTestId('certificate').isVisible(), true);
      await page.emulateMedia({ media: 'screen' });
      await page.goto('/train/review');
      await waitForApp(page);
      await axeClean(page, '/train/review before one is due');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it("Next shows the next slide's questions, activities and scenario in the frame that shows its heading; so does Previous", { timeout: TEST_TIMEOUT }, async () => {
    // What the frame that first shows a new heading holds: the parts that
    // follow the learner's answers are built ahead (ui/train/slide_parts.rs)
    // or, going back, there and then, but never a frame late.
    const frameAfter = (selector) => {
      const h1 = () => document.querySelector('main h1')?.textContent;
      const before = h1();
      document.querySelector(selector).click();
      return new Promise((resolve) => {
        const check = () => {
          if (h1() === before) return requestAnimationFrame(check);
          const count = (id) => document.querySelectorAll(`main [data-testid="${id}"]`).length;
          resolve({ heading: h1(), quiz: count('quiz'), activity: count('activity'), scenario: count('scenario') });
        };
        requestAnimationFrame(check);
      });
    };
    const parts = (slide) => ({ heading: slide.title, quiz: (slide.quiz ?? []).length, activity: (slide.activities ?? []).length, scenario: slide.scenario ? 1 : 0 });
    const withParts = (s) => (s.slide.quiz ?? []).length + (s.slide.activities ?? []).length + (s.slide.scenario ? 1 : 0) > 0;
    const targets = [slides.findIndex((s) => (s.slide.quiz ?? []).length), slides.findIndex((s) => (s.slide.activities ?? []).length), slides.findIndex((s) => s.slide.scenario)];
    for (const i of targets) {
      assert.ok(i > 0 && i + 1 < slides.length && withParts(slides[i]), `slide ${i}`);
      const page = await open(slides[i - 1].href);
      try {
        // A learner reads the slide first: its next slide's parts are built meanwhile.
        await page.waitForTimeout(800);
        assert.deepEqual(await page.evaluate(frameAfter, '[data-testid="next-slide"]'), parts(slides[i].slide), `Next to ${slides[i].href}`);
        // The address follows once the slide is painted; then straight on and back.
        await poll(async () => new URL(page.url()).pathname === slides[i].href);
        assert.deepEqual(await page.evaluate(frameAfter, '[data-testid="next-slide"]'), parts(slides[i + 1].slide), `Next at once to ${slides[i + 1].href}`);
        await poll(async () => new URL(page.url()).pathname === slides[i + 1].href);
        assert.deepEqual(await page.evaluate(frameAfter, '.app-train-nav a.app-button--secondary'), parts(slides[i].slide), `Previous to ${slides[i].href}`);
        assertNoPageErrors(page);
      } finally {
        await page.close();
      }
    }
  });

  it('a reload at any point loses no progress: slide, answers and scenario choices', { timeout: TEST_TIMEOUT }, async () => {
    const quizSlide = slides.find((s) => (s.slide.quiz ?? []).length > 1);
    const scenarioSlide = slides.find((s) => s.slide.scenario);
    const page = await open(quizSlide.href);
    try {
      const [first, second] = quizSlide.slide.quiz;
      await answer(page, first);
      // Halfway through: one answered, one not.
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator(`form[data-item="${first}"]`).getByTestId('quiz-feedback').count(), 1, 'the answer survives');
      assert.equal(await page.locator(`form[data-item="${first}"] input:checked`).getAttribute('value'), String(items[first].answer));
      assert.equal(await page.locator(`form[data-item="${second}"]`).getByTestId('quiz-feedback').count(), 0);
      await page.goto(scenarioSlide.href);
      await waitForApp(page);
      const scenario = workshop.scenario.find((s) => s.id === scenarioSlide.slide.scenario);
      const start = scenario.node.find((n) => n.id === scenario.start);
      const good = start.choice.findIndex((c) => c.good);
      await page.getByTestId('scenario-choice').locator(`input[value="${good}"]`).check();
      await page.getByRole('button', { name: 'Choose' }).click();
      await page.getByTestId('scenario-last-step').waitFor();
      await page.reload();
      await waitForApp(page);
      assert.ok((await page.getByTestId('scenario-last-step').innerText()).includes(start.choice[good].feedback), 'the scenario resumes after the choice');
      await page.goto('/train');
      await waitForApp(page);
      assert.equal(await page.getByTestId('resume').getAttribute('href'), scenarioSlide.href, 'continue where you left off');
      assert.match(await page.getByTestId('course-progress').innerText(), /1 of 1 right/);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sss.train.progress')));
      assert.equal(stored.answers[first], items[first].answer, 'kept under an sss. key as JSON');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('works by keyboard alone: start, answer, choose in a scenario, move on', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/train');
    try {
      const start = page.getByTestId('start-course');
      await start.focus();
      await page.keyboard.press('Enter');
      await poll(async () => new URL(page.url()).pathname === slides[0].href);
      await waitForApp(page);
      // On to the first slide with questions, by keyboard.
      const quizSlide = slides.find((s) => s.slide.quiz.length);
      while (new URL(page.url()).pathname !== quizSlide.href) {
        const from = page.url();
        await page.getByTestId('next-slide').focus();
        await page.keyboard.press('Enter');
        await poll(async () => page.url() !== from);
        await waitForApp(page);
      }
      // The warm-up quiz: Tab to the first question's radios, arrows to move, Enter to check.
      const id = quizSlide.slide.quiz[0];
      const item = items[id];
      await page.locator(`form[data-item="${id}"] input`).first().focus();
      await page.keyboard.press('Space');
      for (let i = 0; i < item.answer; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).name, 'Check answer');
      await page.keyboard.press('Enter');
      await page.locator(`form[data-item="${id}"]`).getByTestId('quiz-feedback').waitFor();
      assert.match(await page.locator(`form[data-item="${id}"]`).getByTestId('quiz-feedback').innerText(), /^Right\./);
      // A scenario step by keyboard: the focus lands on what the choice led to.
      const scenarioSlide = slides.find((s) => s.slide.scenario);
      await page.goto(scenarioSlide.href);
      await waitForApp(page);
      await page.getByTestId('scenario-choice').locator('input').first().focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).name, 'Choose');
      await page.keyboard.press('Enter');
      await poll(async () => (await page.evaluate(() => document.activeElement?.dataset.testid)) === 'scenario-last-step');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'scenario-last-step');
      // Next slide by keyboard.
      await page.getByTestId('next-slide').focus();
      await page.keyboard.press('Enter');
      await poll(async () => new URL(page.url()).pathname !== scenarioSlide.href);
      assert.notEqual(new URL(page.url()).pathname, scenarioSlide.href);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('the review falls due at day 2, says so on the home page, and a wrong answer comes back the next day', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/', { time: T0 });
    try {
      assert.equal(await page.getByTestId('home-review-due').count(), 0);
      await runCourse(page);
      // Day 1: nothing due yet.
      await page.clock.setFixedTime(T0 + DAY);
      await page.goto('/');
      await waitForApp(page);
      assert.equal(await page.getByTestId('home-review-due').count(), 0, 'not due on day 1');
      // Day 2: due.
      await page.clock.setFixedTime(T0 + 2 * DAY);
      await page.goto('/');
      await waitForApp(page);
      assert.match(await page.getByTestId('home-review-due').innerText(), /A 3-minute review is due/);
      await axeClean(page, 'home with a review due');
      await page.getByTestId('home-review-due').getByRole('link').click();
      await waitForApp(page);
      await page.getByTestId('start-review').click();
      await axeClean(page, 'a review question');
      let wrongId = null;
      for (let n = 0; n < 5; n++) {
        await page.getByTestId('review-count').waitFor();
        assert.equal(await page.getByTestId('review-count').innerText(), `Question ${n + 1} of 5`);
        const id = await page.getByTestId('quiz').getAttribute('data-item');
        if (n === 1) {
          // A reload mid-review resumes at the same question.
          await page.reload();
          await waitForApp(page);
          assert.equal(await page.getByTestId('quiz').getAttribute('data-item'), id);
        }
        const wrong = n === 0;
        if (wrong) wrongId = id;
        await answer(page, id, { wrong });
        await page.getByTestId('next-question').click();
      }
      const done = page.getByTestId('review-done');
      await done.waitFor();
      assert.match(await done.innerText(), /You got 4 of 5 right/);
      await axeClean(page, 'review done');
      // Day 3: the wrong answer is due again, before the week-1 round, and comes first.
      await page.clock.setFixedTime(T0 + 3 * DAY);
      await page.goto('/');
      await waitForApp(page);
      assert.equal(await page.getByTestId('home-review-due').count(), 1, 'the wrong answer comes back a day later');
      await page.goto('/train/review');
      await waitForApp(page);
      await page.getByTestId('start-review').click();
      assert.equal(await page.getByTestId('quiz').getAttribute('data-item'), wrongId);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('facilitator mode: the audience window follows the presenter (keys, blank, reveal, hands, scenario), and one window alone works', { timeout: TEST_TIMEOUT }, async () => {
    const presenter = await open('/train', { viewport: { width: 1180, height: 820 } });
    try {
      await presenter.getByTestId('facilitator-mode').click();
      await waitForApp(presenter);
      assert.equal(await presenter.locator('main h1').innerText(), 'Presenter view');
      assert.equal(await presenter.getByTestId('present-position').innerText(), `1 of ${slides.length}`);
      assert.equal(await presenter.getByTestId('present-notes').innerText(), slides[0].slide.notes);
      assert.ok((await presenter.getByTestId('present-next').innerText()).includes(slides[1].slide.title), 'next-slide preview');
      assert.match(await presenter.getByTestId('present-clock').innerText(), /^\d\d:\d\d$/);
      assert.match(await presenter.getByTestId('present-pacing').innerText(), new RegExp(`^0 of ${slides[0].block.minutes} minutes`));
      await axeClean(presenter, '/train/present');
      // The audience window, in the same browser.
      const [audience] = await Promise.all([
        presenter.context().waitForEvent('page'),
        presenter.getByTestId('open-audience').click(),
      ]);
      await waitForApp(audience);
      const title = audience.getByTestId('live-title');
      assert.equal(await title.innerText(), slides[0].slide.title);
      await axeClean(audience, '/train/audience');
      // Arrow keys move both windows.
      await presenter.locator('main h1').click();
      await presenter.keyboard.press('ArrowRight');
      await poll(async () => (await title.innerText()) === slides[1].slide.title);
      assert.equal(await title.innerText(), slides[1].slide.title);
      await presenter.keyboard.press('ArrowLeft');
      await poll(async () => (await title.innerText()) === slides[0].slide.title);
      assert.equal(await title.innerText(), slides[0].slide.title);
      // After Full screen the projector's window has the focus, and a
      // clicker's presses go there: they move the room and the presenter.
      const position = presenter.getByTestId('present-position');
      await audience.bringToFront();
      await audience.keyboard.press('PageDown');
      await poll(async () => (await position.innerText()) === `2 of ${slides.length}`);
      assert.equal(await position.innerText(), `2 of ${slides.length}`, 'the presenter follows a key pressed in the audience window');
      assert.equal(await title.innerText(), slides[1].slide.title);
      await audience.keyboard.press('PageUp');
      await poll(async () => (await position.innerText()) === `1 of ${slides.length}`);
      assert.equal(await title.innerText(), slides[0].slide.title);
      await presenter.bringToFront();
      // B blanks the room's screen and B again brings it back.
      await presenter.keyboard.press('b');
      await audience.getByTestId('live-blank').waitFor();
      await presenter.keyboard.press('b');
      await title.waitFor();
      // A quiz slide: hands keyed in become bars; reveal shows the answer.
      const quizAt = slides.findIndex((s) => (s.slide.quiz ?? []).length);
      await presentForwardTo(presenter, quizAt + 1, slides.length);
      const id = slides[quizAt].slide.quiz[0];
      await presenter.locator(`#hands-${id}-0`).fill('7');
      await presenter.locator(`#hands-${id}-0`).press('Tab');
      const counts = audience.locator(`[data-item="${id}"] [data-testid="hands-count"]`);
      await poll(async () => (await counts.count()) > 0 && (await counts.first().innerText()) === '7');
      assert.equal(await counts.first().innerText(), '7');
      assert.equal(await audience.getByTestId('live-why').count(), 0, 'the answer is hidden until revealed');
      await presenter.getByRole('button', { name: /Reveal this answer/ }).click();
      await audience.getByTestId('live-why').first().waitFor();
      assert.ok((await audience.locator(`[data-item="${id}"] .app-live__option--right`).innerText()).includes('Answer'));
      // The presenter reads the room's screen and the next slide at arm's length.
      assert.deepEqual(await smallText(presenter, '[data-testid="present-next"], .app-audience--preview'), [], 'text under 18 px');
      await axeClean(presenter, '/train/present with hands and the answer');
      await axeClean(audience, '/train/audience with hands and the answer');
      // A scenario: the room's choice shows on the audience screen, explained.
      const scAt = slides.findIndex((s) => s.slide.scenario);
      await presentForwardTo(presenter, scAt + 1, slides.length);
      await audience.getByTestId('live-scenario').waitFor();
      const sc = workshop.scenario.find((s) => s.id === slides[scAt].slide.scenario);
      const first = sc.node.find((n) => n.id === sc.start).choice[0];
      await presenter.getByRole('button', { name: `A: ${first.label}` }).click();
      await poll(async () => (await audience.getByTestId('live-scenario').innerText()).includes(first.feedback));
      assert.ok((await audience.getByTestId('live-scenario').innerText()).includes(first.feedback));
      // One window alone: close the audience; the presenter still shows the room's view.
      await audience.close();
      await presenter.keyboard.press('ArrowRight');
      assert.equal(await presenter.getByTestId('live-title').innerText(), slides[scAt + 1].slide.title);
      // A reload resumes the session where it was.
      await presenter.reload();
      await waitForApp(presenter);
      assert.equal(await presenter.getByTestId('present-position').innerText(), `${scAt + 2} of ${slides.length}`);
      assertNoPageErrors(presenter);
    } finally {
      await presenter.close();
    }
  });

  // Activities show the room one item at a time and quiz rounds have slides
  // of their own (content/workshop/plan.toml; the build refuses a slide with
  // two activities, or more questions than fit side by side), so no slide
  // needs the room's screen to scroll, even with every answer shown.
  it('every slide fits the room\'s 1280x720 projector in full screen, before and after its answers are revealed', { timeout: TEST_TIMEOUT }, async () => {
    const screen = { width: 1280, height: 720 };
    const presenter = await open('/train/present', { viewport: screen });
    try {
      const [audience] = await Promise.all([presenter.context().waitForEvent('page'), presenter.getByTestId('open-audience').click()]);
      await waitForApp(audience);
      const title = audience.getByTestId('live-title');
      await title.waitFor();
      await audience.getByRole('button', { name: 'Full screen' }).click();
      await poll(() => audience.evaluate(() => document.fullscreenElement?.id === 'audience'));
      assert.deepEqual(await audience.evaluate(() => [innerWidth, innerHeight]), [screen.width, screen.height]);
      // What the room would have to scroll to see, in px (0 when it fits).
      const overflow = () =>
        audience.evaluate(() => {
          const el = document.fullscreenElement;
          return el.scrollHeight - el.clientHeight;
        });
      const tooTall = [];
      await presenter.locator('main h1').click();
      for (const [n, { slide }] of slides.entries()) {
        if (n > 0) await presentForwardTo(presenter, n + 1, slides.length);
        await poll(async () => (await title.innerText()) === slide.title);
        assert.equal(await title.innerText(), slide.title);
        await audience.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const shown = await overflow();
        if (shown > 0) tooTall.push(`${slide.id}: ${shown} px`);
        // The confidence check with the room's totals keyed in for every statement and rating.
        if (slide.confidence) {
          for (const [c] of workshop.confidence.entries()) {
            for (let r = 0; r < 5; r++) {
              const box = presenter.locator(`#hands-confidence-${slide.confidence}-${c + 1}-${r}`);
              await box.fill(String(r + 1));
              await box.press('Tab');
            }
          }
          await poll(async () => (await audience.getByTestId('live-confidence').count()) === workshop.confidence.length);
          await presenter.locator('main h1').click();
          const totals = await overflow();
          if (totals > 0) tooTall.push(`${slide.id}, with the room's confidence totals: ${totals} px`);
        }
        // The room sees one activity item, or one quiz question, at a time: each, then its answer.
        const activityItems = (slide.activities ?? []).flatMap((id) => workshop.activity.find((a) => a.id === id).item);
        const steps = activityItems.length || (slide.quiz ?? []).length;
        for (let i = 0; i < steps; i++) {
          const what = `${slide.id}, ${activityItems.length ? 'item' : 'question'} ${i + 1}`;
          if (i > 0) {
            await presenter.getByRole('button', { name: activityItems.length ? 'Next item' : 'Next question' }).click();
            await poll(async () => (await audience.getByTestId('live-position').innerText()).endsWith(`${i + 1} of ${steps}`));
            await audience.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            const next = await overflow();
            if (next > 0) tooTall.push(`${what}: ${next} px`);
          }
          // A question with the room's hands keyed in shows its bars too.
          const question = activityItems.length ? null : items[slide.quiz[i]];
          if (question) {
            for (const [o] of question.options.entries()) {
              await presenter.locator(`#hands-${question.id}-${o}`).fill(String(o + 3));
              await presenter.locator(`#hands-${question.id}-${o}`).press('Tab');
            }
            const bars = audience.locator(`[data-item="${question.id}"] [data-testid="hands-count"]`);
            await poll(async () => (await bars.count()) === question.options.length && (await bars.last().innerText()) === String(question.options.length + 2));
            await presenter.locator('main h1').click();
          }
          await presenter.keyboard.press('r');
          await audience.locator('[data-testid="live-why"], [data-testid="live-activity-answer"]').first().waitFor();
          const revealed = await overflow();
          if (revealed > 0) tooTall.push(`${what}, answer revealed: ${revealed} px`);
          await presenter.keyboard.press('r');
          await poll(async () => (await audience.locator('[data-testid="live-why"], [data-testid="live-activity-answer"]').count()) === 0);
        }
      }
      assert.deepEqual(tooTall, [], 'slides taller than the projector');
      assertNoPageErrors(audience);
    } finally {
      await presenter.context().close();
    }
  });

  it('the team pack: a 10-minute toolbox talk, a poster that prints, and a QR code to this app', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/train');
    try {
      await page.getByTestId('team-pack').click();
      await waitForApp(page);
      const talk = page.getByTestId('talk');
      assert.match(await talk.locator('h2').innerText(), /Toolbox talk \(10 minutes\)/);
      assert.equal(workshop.talk.reduce((m, t) => m + t.minutes, 0), 10);
      assert.ok((await talk.innerText()).includes(items['need-proof'].explanation), 'the questions come with their answers');
      assert.equal(await page.getByTestId('share-address').innerText(), `${suite.server.url}/`);
      assert.equal(await page.getByTestId('share-qr').locator('svg[role="img"]').count(), 1, 'a QR code drawn on the device');
      await axeClean(page, '/train/team');
      await page.getByRole('link', { name: /Poster with the Helpline number/ }).click();
      await waitForApp(page);
      assert.equal(await page.getByTestId('poster-number').innerText(), '08000 121 700', 'the Helpline number from the registry');
      await axeClean(page, '/train/poster');
      await page.getByLabel('A3').check();
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.app-header').isVisible(), false);
      assert.equal(await page.getByTestId('poster').isVisible(), true);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      assert.ok(pdf.length > 1000);
      await page.emulateMedia({ media: 'screen' });
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('the Train screens reflow to 320 px without sideways scrolling', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/train', { viewport: { width: 320, height: 640 } });
    try {
      for (const route of ['/train', slides.find((s) => s.slide.scenario).href, slides.find((s) => (s.slide.quiz ?? []).length).href]) {
        await page.goto(route);
        await waitForApp(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${route}: ${overflow}px wider than the screen`);
      }
    } finally {
      await page.close();
    }
  });
});
