// Train's activities (myths, sorting signs, matching agencies to the Ps),
// played by keyboard alone in the course and shown to the room one item at a
// time in facilitator mode; the team pack's one-page briefings per role and the
// Resources page; the poster printed on one A3 page. axe on every new screen.
//
// Answers come from the built workshop.json; a sign's forms from the
// indicator catalogue's source, the same data the app is built from.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DIST, REPO_ROOT, assertNoPageErrors, checkAxe, focused, newPage, poll, presentForwardTo, useBrowserSuite, waitForApp } from './helpers.mjs';

const TEST_TIMEOUT = 300_000;
const suite = useBrowserSuite();

const libraryDir = readdirSync(path.join(DIST, 'library')).find((d) => readdirSync(path.join(DIST, 'library', d)).includes('workshop.json'));
const workshop = JSON.parse(readFileSync(path.join(DIST, 'library', libraryDir, 'workshop.json'), 'utf8'));
const slides = workshop.block.flatMap((b) => b.slide.map((s) => ({ block: b, slide: s, href: `/train/course/${b.id}/${s.id}` })));

// The catalogue's forms, in the order the sort activity offers them.
const FORMS = ['Labour', 'Sexual', 'Criminal', 'DomesticServitude'];
// The catalogue is a file per group in src/domain/indicators/.
const INDICATORS_DIR = path.join(REPO_ROOT, 'src/domain/indicators');
const indicators = readdirSync(INDICATORS_DIR)
  .filter((f) => f.endsWith('.rs'))
  .sort()
  .map((f) => readFileSync(path.join(INDICATORS_DIR, f), 'utf8'))
  .join('\n');
function signForms(id) {
  const block = indicators.split(`\n        id: "${id}"`)[1].split('\n        id: "')[0];
  const forms = block.match(/forms: ([^\n]+),\n/)[1];
  return forms === 'ALL_FORMS' ? FORMS : [...forms.matchAll(/Form::(\w+)/g)].map((m) => m[1]);
}
const key = (item) => item.sign ?? item.org ?? item.id;
/** The index of a right group for an item, as the app offers the groups. */
function rightIndexes(activity, item) {
  if (activity.kind === 'sort') return signForms(item.sign).map((f) => FORMS.indexOf(f));
  return item.answers.map((a) => activity.groups.findIndex((g) => g.id === a));
}
const rightIndex = (activity, item) => rightIndexes(activity, item)[0];
/** The first group that is not right for the item. */
function wrongIndex(activity, item) {
  const right = rightIndexes(activity, item);
  return [...Array(groupCount(activity)).keys()].find((i) => !right.includes(i));
}
const groupCount = (a) => (a.kind === 'sort' ? FORMS.length : a.groups.length);
const slideOf = (activityId) => slides.find((s) => (s.slide.activities ?? []).includes(activityId));

async function open(route, { viewport = { width: 820, height: 1180 } } = {}) {
  const page = await newPage(suite.browser, suite.server.url, { viewport });
  await page.goto(route);
  await waitForApp(page);
  return page;
}

async function axeClean(page, label) {
  const violations = await checkAxe(page);
  assert.deepEqual(violations, [], `${label}: axe violations:\n${violations.join('\n')}`);
}

/** The team pack's print rules are fetched by its pages, not on the first load. */
async function teamPackCss(page) {
  await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.endsWith('/team-pack.css') && s.cssRules.length > 0));
}

/** Chromium's PDFs list each page as a `/Type /Page` object. */
function pdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('Train: activities, briefings and resources', () => {
  it('every activity works by keyboard alone: radios, arrows, Tab, Enter; wrong and right answers explained; axe clean', { timeout: TEST_TIMEOUT }, async () => {
    assert.deepEqual(workshop.activity.map((a) => a.kind).sort(), ['match', 'match', 'myths', 'sort']);
    const page = await open('/train');
    try {
      for (const activity of workshop.activity) {
        const { href } = slideOf(activity.id);
        await page.goto(href);
        await waitForApp(page);
        const section = page.locator(`[data-activity="${activity.id}"][data-testid="activity"]`);
        await section.waitFor();
        await axeClean(page, `${href}: ${activity.id} before answering`);
        // Checking with nothing chosen: an error, focused, naming how many are left.
        await section.getByRole('button', { name: 'Check answers' }).focus();
        await page.keyboard.press('Enter');
        await poll(async () => (await focused(page)).id === `activity-${activity.id}-problem`);
        assert.match((await focused(page)).name, new RegExp(`Choose an answer for ${activity.item.length} more items`));
        await axeClean(page, `${href}: ${activity.id} with the error`);
        // From the first item's first radio: Space to choose, arrows to move, Tab to the next item.
        // The last item is answered wrongly, to see the correction.
        await section.locator('input[type="radio"]').first().focus();
        for (const [n, item] of activity.item.entries()) {
          const last = n === activity.item.length - 1;
          const right = rightIndex(activity, item);
          const want = last ? wrongIndex(activity, item) : right;
          await page.keyboard.press('Space');
          for (let i = 0; i < want; i++) await page.keyboard.press('ArrowDown');
          assert.equal(await page.evaluate(() => document.activeElement.checked), true, `${key(item)}: chosen by keyboard`);
          await page.keyboard.press('Tab');
        }
        assert.equal((await focused(page)).name, 'Check answers');
        await page.keyboard.press('Enter');
        await poll(async () => (await focused(page)).id === `activity-${activity.id}-result`);
        const total = activity.item.length;
        assert.equal(await section.getByTestId('activity-score').innerText(), `You got ${total - 1} of ${total} right.`);
        const feedback = section.getByTestId('activity-feedback');
        assert.equal(await feedback.count(), total, 'every item explained');
        for (const [n, item] of activity.item.entries()) {
          const text = await feedback.nth(n).innerText();
          assert.ok(text.startsWith(n === total - 1 ? 'Not quite.' : 'Right.'), `${key(item)}: ${text}`);
          assert.ok(text.includes(item.explanation), `${key(item)}: the explanation`);
          assert.match(text, /Source: \[/, `${key(item)}: its source`);
          const listed = await page.locator('.app-sources').last().innerText();
          for (const [, k] of text.matchAll(/\[(\w+)\]/g)) assert.ok(listed.includes(`[${k}]`), `${key(item)}: [${k}] is in the page's sources`);
        }
        if (activity.caveat) assert.equal(await section.getByTestId('activity-caveat').innerText(), activity.caveat);
        // The choices are kept on the device and fixed until "Try again".
        await page.reload();
        await waitForApp(page);
        assert.equal(await section.getByTestId('activity-score').innerText(), `You got ${total - 1} of ${total} right.`, 'a reload keeps the result');
        assert.equal(await section.locator('input:checked').count(), total);
        assert.equal(await section.locator('input:disabled').count(), total * groupCount(activity));
        await axeClean(page, `${href}: ${activity.id} checked`);
        await section.getByRole('button', { name: 'Try again' }).focus();
        await page.keyboard.press('Enter');
        await poll(async () => (await focused(page)).id === `activity-${activity.id}-title`);
        assert.equal(await section.locator('input:checked').count(), 0);
      }
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('facilitator mode: the room sees each activity one item at a time, and the presenter reveals each answer by button or with R', { timeout: TEST_TIMEOUT }, async () => {
    const presenter = await open('/train/present', { viewport: { width: 1180, height: 820 } });
    try {
      const [audience] = await Promise.all([
        presenter.context().waitForEvent('page'),
        presenter.getByTestId('open-audience').click(),
      ]);
      await waitForApp(audience);
      await presenter.locator('main h1').click();
      // The confidence check: the room's totals per rating, keyed in, shown as a table.
      const confAt = slides.findIndex((s) => s.slide.confidence);
      await presentForwardTo(presenter, confAt + 1, slides.length);
      const when = slides[confAt].slide.confidence;
      const box = presenter.locator(`#hands-confidence-${when}-1-3`);
      await box.fill('6');
      await box.press('Tab');
      const bars = audience.getByTestId('live-confidence');
      await poll(async () => (await bars.count()) === 1);
      assert.equal(await bars.count(), 1, 'only the statement with totals');
      assert.ok((await bars.innerText()).includes(workshop.confidence[0]));
      assert.deepEqual(await bars.getByTestId('hands-count').allInnerTexts(), ['0', '0', '0', '6', '0']);
      await axeClean(audience, '/train/audience with the room\'s confidence totals');
      await axeClean(presenter, '/train/present on the confidence check');
      await presenter.locator('main h1').click();
      for (const activity of workshop.activity) {
        const to = slides.findIndex((s) => (s.slide.activities ?? []).includes(activity.id));
        await presentForwardTo(presenter, to + 1, slides.length);
        const total = activity.item.length;
        const room = audience.locator(`[data-testid="live-activity"][data-activity="${activity.id}"]`);
        await room.waitFor();
        // The room sees one item at a time, from the first, its answer hidden.
        const item = room.getByTestId('live-activity-item');
        const position = room.getByTestId('live-position');
        assert.equal(await item.count(), 1, 'one item on the room\'s screen');
        assert.equal(await position.innerText(), `1 of ${total}`);
        const answers = room.getByTestId('live-activity-answer');
        assert.equal(await answers.count(), 0, 'answers hidden at first');
        // A clicker's one button (Page Down) shows the answer, then the next
        // item; Page Up takes back one press at a time.
        const onScreen = async () => [await position.innerText(), await answers.count()];
        for (const [key, want] of [['PageDown', ['1', 1]], ['PageDown', ['2', 0]], ['PageUp', ['1', 1]], ['PageUp', ['1', 0]]]) {
          await presenter.keyboard.press(key);
          const expected = [`${want[0]} of ${total}`, want[1]];
          await poll(async () => JSON.stringify(await onScreen()) === JSON.stringify(expected));
          assert.deepEqual(await onScreen(), expected, `${activity.id}: after ${key}`);
        }
        // One answer, by keyboard on the presenter's button: that item goes on screen with it.
        const panel = presenter.locator(`[data-testid="present-activity"] [data-activity="${activity.id}"]`);
        const reveal = panel.getByRole('button', { name: /^Reveal answer 2: / });
        await reveal.focus();
        await presenter.keyboard.press('Enter');
        await poll(async () => (await answers.count()) === 1);
        assert.equal(await answers.count(), 1);
        assert.equal(await position.innerText(), `2 of ${total}`);
        assert.ok((await item.innerText()).includes(activity.item[1].explanation));
        // The pressed button is drawn again with its new label: the keyboard focus goes with it.
        const focusedNow = () => presenter.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent }));
        await poll(async () => (await focusedNow()).id === 'uncover-1');
        assert.equal((await focusedNow()).id, 'uncover-1', 'focus is on the pressed button');
        assert.match((await focusedNow()).text, /^Hide answer 2: /, 'focus stays on the button pressed');
        await axeClean(audience, `/train/audience: ${activity.id} with one answer`);
        await axeClean(presenter, `/train/present: ${activity.id}`);
        // The next item comes up covered; R reveals the answer of the item on screen, and hides it again.
        await panel.getByRole('button', { name: 'Next item' }).focus();
        await presenter.keyboard.press('Enter');
        await poll(async () => (await position.innerText()) === `3 of ${total}`);
        await poll(async () => (await focusedNow()).id === 'present-step-next');
        assert.equal((await focusedNow()).id, 'present-step-next', 'focus stays on Next item');
        assert.equal(await answers.count(), 0, 'the next item starts covered');
        assert.equal(await panel.getByTestId('present-step-position').innerText(), `On screen: item 3 of ${total}`);
        await presenter.locator('main h1').click();
        await presenter.keyboard.press('r');
        await poll(async () => (await answers.count()) === 1);
        assert.ok((await item.innerText()).includes(activity.item[2].explanation));
        assert.equal(await presenter.getByRole('button', { name: 'Hide this answer (R)' }).count(), 1);
        await presenter.keyboard.press('r');
        await poll(async () => (await answers.count()) === 0);
        // Back to the second item: its answer stays shown.
        await panel.getByRole('button', { name: 'Previous item' }).click();
        await poll(async () => (await position.innerText()) === `2 of ${total}`);
        assert.equal(await answers.count(), 1);
        // A session running late leaves the rest of an activity unshown.
        if (activity === workshop.activity[0]) {
          const slideAt = presenter.getByTestId('present-position');
          await panel.getByRole('button', { name: 'Skip to the next slide' }).click();
          await poll(async () => (await slideAt.innerText()) === `${to + 2} of ${slides.length}`);
          assert.equal(await slideAt.innerText(), `${to + 2} of ${slides.length}`, 'skipped to the next slide');
        }
        await presenter.locator('main h1').click();
      }
      assertNoPageErrors(presenter);
      assertNoPageErrors(audience);
    } finally {
      await presenter.context().close();
    }
  });

  it('Train\'s stylesheet and the team pack\'s print rules are not part of the home page\'s first load', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    const sheets = () => page.evaluate(() => [...document.styleSheets].map((s) => s.href ?? ''));
    try {
      const first = await sheets();
      assert.ok(first.length > 0);
      for (const file of ['team-pack.css', 'train.css']) {
        assert.equal(first.filter((h) => h.endsWith(`/${file}`)).length, 0, first.join(' '));
        for (const html of ['index.html', 'app.html']) assert.ok(!readFileSync(path.join(DIST, html), 'utf8').includes(file), `${html}: ${file}`);
      }
      // Opening Train adds it once, and going back and forth never adds it again.
      for (let i = 0; i < 2; i++) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Train' }).click();
        await page.getByTestId('start-course').waitFor();
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stop it' }).click();
        await page.waitForURL((u) => u.pathname === '/stop');
      }
      assert.equal((await sheets()).filter((h) => h.endsWith('/train.css')).length, 1);
    } finally {
      await page.close();
    }
  });

  it('a one-page briefing for each role, from the catalogue and the registry, prints on one A4 page', { timeout: TEST_TIMEOUT }, async () => {
    assert.deepEqual(workshop.briefing.map((b) => b.id), ['environmental-health', 'housing', 'licensing', 'trading-standards', 'health-and-safety']);
    const page = await open('/train/team');
    try {
      assert.equal(await page.getByTestId('briefing-links').getByRole('link').count(), workshop.briefing.length);
      for (const b of workshop.briefing) {
        await page.goto(`/train/team/${b.id}`);
        await waitForApp(page);
        const sheet = page.getByTestId('briefing');
        assert.equal(await sheet.getAttribute('data-role'), b.id);
        assert.equal(await sheet.getByTestId('briefing-signs').locator('li').count(), b.signs.length);
        assert.equal(await sheet.getByTestId('briefing-routes').locator('tbody tr').count(), b.orgs.length);
        const text = await sheet.innerText();
        assert.ok(text.includes('08000 121 700'), `${b.id}: the Helpline number from the registry`);
        assert.ok(text.includes('999'), `${b.id}: 999 first`);
        assert.ok((await page.locator('.app-sources').innerText()).includes('Last reviewed'), `${b.id}: sources and date`);
        await axeClean(page, `/train/team/${b.id}`);
        await teamPackCss(page);
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        assert.equal(pdfPages(pdf), 1, `${b.id}: one A4 page`);
        assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/, `${b.id}: A4`);
        await page.emulateMedia({ media: 'screen' });
      }
      await page.goto('/train/team/nobody');
      await waitForApp(page);
      assert.match(await page.locator('main h1').innerText(), /not found/i);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('the Resources page lists original documents with their publisher, date and own address, or says what is unconfirmed', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/train/team');
    try {
      await page.getByRole('link', { name: /^Resources/ }).click();
      await waitForApp(page);
      assert.equal(await page.locator('main h1').innerText(), 'Resources');
      const entries = page.getByTestId('resource');
      assert.equal(await entries.count(), workshop.resource.length);
      for (const [n, r] of workshop.resource.entries()) {
        const text = await entries.nth(n).innerText();
        assert.ok(text.includes(r.title) && text.includes(r.publisher) && text.includes(r.date), r.title);
        if (r.url) assert.equal(await entries.nth(n).getByRole('link').getAttribute('href'), r.url);
        else {
          assert.equal(await entries.nth(n).getByRole('link').count(), 0, `${r.title}: no address we could not confirm`);
          assert.ok(text.includes(r.caveat), `${r.title}: says what is unconfirmed`);
        }
      }
      const hrefs = await page.locator('main a[href^="http"]').evaluateAll((as) => as.map((a) => a.href));
      for (const h of hrefs) assert.doesNotMatch(h, /docslib|studylib|scribd|issuu|yumpu/, h);
      await axeClean(page, '/train/team/resources');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('the poster prints on one A3 page', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/train/poster');
    try {
      await teamPackCss(page);
      await page.getByLabel('A3').focus();
      await page.keyboard.press('Space');
      assert.equal(await page.getByLabel('A3').isChecked(), true);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      assert.equal(pdfPages(pdf), 1, 'one page');
      assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 841\.\d+ 119[01]\.\d+\]/, 'an A3 sheet');
      await page.emulateMedia({ media: 'screen' });
      await page.getByLabel('A4').check();
      await page.emulateMedia({ media: 'print' });
      const a4 = await page.pdf({ preferCSSPageSize: true });
      assert.equal(pdfPages(a4), 1);
      assert.match(a4.toString('latin1'), /\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/, 'an A4 sheet');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('the new screens reflow to 320 px without sideways scrolling', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/train', { viewport: { width: 320, height: 640 } });
    try {
      const routes = [...new Set(workshop.activity.map((a) => slideOf(a.id).href)), '/train/team/resources', ...workshop.briefing.map((b) => `/train/team/${b.id}`)];
      for (const route of routes) {
        await page.goto(route);
        await waitForApp(page);
        if (route.startsWith('/train/team/')) await teamPackCss(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${route}: ${overflow}px wider than the screen`);
      }
    } finally {
      await page.close();
    }
  });
});
