// Spot it: whole visits driven through the wizard by touch-free clicks and
// keys, to their results; the GOV.UK question-page contracts; practice mode;
// and axe on every wizard screen.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertNoPageErrors,
  checkAxe,
  newPage,
  poll,
  waitForApp,
  waitForTitle,
  useBrowserSuite,
} from './helpers.mjs';

const TEST_TIMEOUT = 120_000;
const suite = useBrowserSuite();

async function open(path = '/', viewport = { width: 820, height: 1180 }) {
  const page = await newPage(suite.browser, suite.server.url, { viewport });
  await page.goto(path);
  await waitForApp(page);
  return page;
}

const stepOf = (page) => new URL(page.url()).pathname.split('/').pop();

/** Waits for an in-app navigation to a step (no page load happens). */
async function atStep(page, step) {
  const arrived = await poll(() => stepOf(page) === step, { timeout: 10_000 });
  assert.ok(arrived, `expected to reach ${step}, but the address is ${page.url()}`);
  await waitForApp(page);
}

async function continueTo(page) {
  const before = page.url();
  await page.getByTestId('continue').click();
  await page.waitForURL((url) => url.href !== before, { timeout: 10_000 });
  await waitForApp(page);
}

async function choose(page, value) {
  await page.locator(`input[type="radio"][value="${value}"]`).check();
}

/** Drives a visit from its first question to the result page. `axe` checks every screen. */
async function driveVisit(page, visit, { axe = false } = {}) {
  const screens = [];
  for (let guard = 0; guard < 30; guard++) {
    const step = stepOf(page);
    screens.push(step);
    if (axe) {
      const violations = await checkAxe(page);
      assert.deepEqual(violations, [], `${step}: axe violations:\n${violations.join('\n')}`);
    }
    if (step === 'check') break;
    if (step === 'danger') await choose(page, visit.danger ?? 'no');
    else if (step === 'setting') await choose(page, visit.setting);
    else if (step === 'place') {
      if (visit.location) await page.locator('#location').fill(visit.location);
      await choose(page, visit.nation ?? 'england-wales');
    } else if (step === 'people') await choose(page, visit.people ?? '2-5');
    else if (step === 'under-18') await choose(page, visit.under18 ?? 'no');
    else if (step === 'consent') await choose(page, visit.consent ?? 'not-asked');
    else if (step.startsWith('observe-')) {
      let ticked = 0;
      for (const id of visit.seen ?? []) {
        const box = page.locator(`input[type="checkbox"][value="${id}"]`);
        if (await box.count()) {
          await box.check();
          ticked++;
        }
      }
      if (!ticked) await page.locator('input[type="checkbox"][value="none"]').check();
    }
    await continueTo(page);
  }
  assert.equal(stepOf(page), 'check', `the visit should reach check your answers (went through ${screens.join(' > ')})`);
  await page.getByTestId('see-result').click();
  await page.waitForURL(/\/result$/);
  await waitForApp(page);
  return screens;
}

async function resultOf(page) {
  const level = await page.getByTestId('level').getAttribute('data-level');
  const orgs = await page.locator('[data-testid="routes"] > li').evaluateAll((lis) => lis.map((li) => li.dataset.org || li.dataset.route));
  return { level, orgs };
}

async function startVisit(page) {
  await page.getByRole('button', { name: 'Start a visit' }).click();
  await page.waitForURL(/\/spot\/visit\/[^/]+\/danger$/);
  await waitForApp(page);
}

describe('three whole visits reach the expected level and routes', () => {
  it('a shared house with mattresses in most rooms and someone else holding the ID', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      const screens = await driveVisit(page, {
        setting: 'shared-house',
        location: '12 Example Street',
        seen: ['living-mattresses-most-rooms', 'control-id-held-by-other'],
      }, { axe: true });
      assert.ok(screens.includes('consent'), 'an adult visit asks about consent');
      const axeResult = await checkAxe(page);
      assert.deepEqual(axeResult, [], `result page axe:\n${axeResult.join('\n')}`);
      const { level, orgs } = await resultOf(page);
      assert.equal(level, 'high');
      for (const org of ['PoliceNonEmergency', 'CouncilModernSlaveryLead', 'LabourAuthority', 'Helpline', 'Crimestoppers']) {
        assert.ok(orgs.includes(org), `routes should include ${org}: ${orgs}`);
      }
      assert.ok(!orgs.includes('Emergency999'), 'no danger was recorded');
      const observations = await page.getByTestId('observations').innerText();
      assert.match(observations, /Mattresses on the floor in most rooms/i);
      assert.match(observations, /Red flag/);
      assert.ok(await page.locator('[data-testid="routes"] a[href="tel:08000121700"]').count() >= 1, 'routes carry tel: links');
      assert.match(await page.getByTestId('what-to-say').innerText(), /shared house/i);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('a car wash where a worker appears under 18', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/spot', { width: 1180, height: 820 });
    try {
      await startVisit(page);
      const screens = await driveVisit(page, {
        setting: 'car-wash',
        under18: 'yes',
        seen: ['children-under-18-working', 'premises-carwash-chemicals-no-ppe'],
      });
      assert.ok(screens.includes('observe-children'), 'a possible child adds the children screen');
      assert.ok(!screens.includes('consent'), 'a child needs no consent question');
      const { level, orgs } = await resultOf(page);
      assert.equal(level, 'high');
      assert.equal(orgs[0], 'CouncilChildrensServices', `children's services come first: ${orgs}`);
      for (const org of ['PoliceNonEmergency', 'CouncilModernSlaveryLead', 'LabourAuthority']) {
        assert.ok(orgs.includes(org), `routes should include ${org}: ${orgs}`);
      }
      assert.ok(orgs.indexOf('NspccCtac') > orgs.indexOf('CouncilModernSlaveryLead'), `NSPCC CTAC's advice follows the child routes: ${orgs}`);
      assert.ok(await page.locator('[data-org="NspccCtac"] a[href="tel:08088005000"]').count() >= 1, 'CTAC carries its number from the registry');
      assert.ok(await page.getByTestId('child-notice').isVisible());
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('a nail bar where nothing was observed', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      await driveVisit(page, { setting: 'nail-bar', seen: [] });
      const { level, orgs } = await resultOf(page);
      assert.equal(level, 'none');
      assert.deepEqual(orgs, ['RecordOnly', 'Helpline']);
      assert.match(await page.getByTestId('level').innerText(), /No indicators recorded/);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('routes in every nation, and pages a clean visit can pass', () => {
  it('a clean visit continues past every observation page with nothing ticked', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      for (let guard = 0; guard < 30 && stepOf(page) !== 'check'; guard++) {
        const step = stepOf(page);
        if (step === 'danger' || step === 'under-18') await choose(page, 'no');
        else if (step === 'setting') await choose(page, 'nail-bar');
        else if (step === 'place') await choose(page, 'england-wales');
        else if (step === 'people') await choose(page, '2-5');
        else if (step === 'consent') await choose(page, 'not-asked');
        // Observation pages: nothing ticked, straight on.
        await continueTo(page);
      }
      assert.equal(stepOf(page), 'check');
      assert.match(await page.getByTestId('check-answers').innerText(), /Nothing recorded on this page/);
      await page.getByTestId('see-result').click();
      await page.waitForURL(/\/result$/);
      await waitForApp(page);
      const { level, orgs } = await resultOf(page);
      assert.equal(level, 'none');
      assert.deepEqual(orgs, ['RecordOnly', 'Helpline']);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('Scotland, danger and sexual exploitation signs: 999 first, the follow-up routes kept in order, the form named', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      await choose(page, 'yes');
      await continueTo(page);
      assert.equal(stepOf(page), 'call-999');
      await page.getByRole('link', { name: 'Continue recording' }).click();
      await page.waitForURL(/\/setting$/);
      await waitForApp(page);
      await driveVisit(page, {
        danger: 'yes',
        setting: 'short-let',
        nation: 'scotland',
        consent: 'not-asked',
        seen: ['sexual-many-short-male-visits', 'sexual-living-where-sex-sold', 'sexual-adverts'],
      });
      const { orgs } = await resultOf(page);
      assert.deepEqual(orgs, ['Emergency999', 'PoliceScotland', 'ScottishCouncilSocialWork', 'Tara', 'MigrantHelpScotland', 'Helpline', 'Crimestoppers']);
      assert.ok(await page.getByTestId('danger-panel').locator('a[href="tel:999"]').count() === 1, 'one 999 panel, its number from the registry');
      assert.match(await page.getByTestId('forms').innerText(), /Signs consistent with sexual exploitation/);
      assert.match(await page.getByTestId('what-to-say').innerText(), /consistent with sexual exploitation/);
      assert.match(await page.locator('[data-org="Tara"]').innerText(), /Only if the person is a woman/);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('the referral summary for an adult who has not agreed', () => {
  it('marks every line that could identify the person and copies the summary without them', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
      await startVisit(page);
      await driveVisit(page, {
        setting: 'shared-house',
        location: '14 Quay Lane, Flat 2',
        consent: 'declined',
        seen: ['living-mattresses-most-rooms', 'control-id-held-by-other'],
      });
      const { orgs } = await resultOf(page);
      assert.ok(orgs.includes('CouncilModernSlaveryLead'), `the lead decides on the Duty to Notify: ${orgs}`);
      const id = new URL(page.url()).pathname.split('/')[3];
      await page.goto(`/spot/visit/${id}/check`);
      await waitForApp(page);
      await page.locator('#general-notes').fill('Spoke to Marek Nowak, who works nights.');
      await poll(async () => /Saved on this device/.test(await page.getByTestId('save-status').innerText()), { timeout: 5000 });
      await page.goto(`/spot/visit/${id}/summary`);
      await waitForApp(page);
      assert.ok(await page.getByTestId('identifying-notice').isVisible(), 'the summary says why lines are marked');
      const marked = await page.locator('[data-testid="summary"] li:has([data-testid="identifying"])').allInnerTexts();
      assert.ok(marked.some((t) => t.includes('14 Quay Lane')), `the address is marked: ${marked.join(' | ')}`);
      assert.ok(marked.some((t) => t.includes('Marek Nowak')), `typed notes are marked: ${marked.join(' | ')}`);
      await page.getByTestId('copy-anonymous').click();
      const copied = await poll(async () => (await page.evaluate(() => navigator.clipboard.readText())).includes('[removed'), { timeout: 5000 });
      assert.ok(copied, 'the copy without identifying details reached the clipboard');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(!text.includes('14 Quay Lane') && !text.includes('Marek Nowak'), `nothing identifying is copied:\n${text}`);
      assert.match(text, /\[removed: could identify the person\]/);
      assert.match(text, /Mattresses on the floor in most rooms/i, 'what was observed stays in the copy');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('question pages follow the GOV.UK patterns', () => {
  it('Continue without an answer shows the error summary, focused and linked to the field', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      await page.getByTestId('continue').click();
      const summary = page.locator('.app-error-summary');
      await summary.waitFor();
      assert.match(await summary.innerText(), /There is a problem/);
      assert.match(await page.title(), /^Error: /);
      // Focus moves in the next animation frame, once the summary is drawn.
      assert.ok(await poll(() => summary.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))), 'the error summary takes focus');
      assert.match(await page.locator('.app-error-message').innerText(), /Select whether anyone is in immediate danger/);
      await summary.locator('a').click();
      assert.ok(await poll(async () => (await page.evaluate(() => document.activeElement?.id)) === 'danger'), 'the link moves focus to the first radio');
      assert.equal(stepOf(page), 'danger', 'the page did not move on');
      await choose(page, 'no');
      await page.locator('.app-error-summary').waitFor({ state: 'detached' });
      const violations = await checkAxe(page);
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
    }
  });

  it('"Yes" to danger shows the 999 screen next; Back keeps the answer', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      await choose(page, 'yes');
      await continueTo(page);
      assert.equal(stepOf(page), 'call-999');
      assert.ok((await page.locator('main a[href="tel:999"]').count()) >= 1, 'the 999 screen has a tel: link');
      await page.getByRole('link', { name: 'Continue recording' }).click();
      await atStep(page, 'setting');
      await choose(page, 'farm');
      await continueTo(page);
      assert.equal(stepOf(page), 'place');
      await page.getByRole('link', { name: 'Back', exact: true }).click();
      await atStep(page, 'setting');
      assert.ok(await page.locator('input[value="farm"]').isChecked(), 'the answer is kept');
      await page.getByRole('link', { name: 'Back', exact: true }).click();
      await atStep(page, 'call-999');
    } finally {
      await page.close();
    }
  });

  it('the whole visit works by keyboard alone', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      // Focus the first radio, choose "No" with the arrow keys, submit with Enter.
      await page.locator('#danger').focus();
      await page.keyboard.press('ArrowDown');
      assert.ok(await page.locator('input[value="no"]').isChecked());
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/setting$/);
      await waitForApp(page);
      assert.match(await page.getByTestId('progress').innerText(), /^Question 2/);
    } finally {
      await page.close();
    }
  });

  it('Change on check your answers returns to the check page, and a new branch is walked', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      await driveVisit(page, { setting: 'takeaway', seen: [] });
      await page.getByRole('link', { name: 'Check or change your answers' }).click();
      await page.waitForURL(/\/check$/);
      await waitForApp(page);
      const rows = page.getByTestId('check-answers');
      assert.match(await rows.innerText(), /Takeaway or restaurant/);
      // Change the age answer: the children's screen is new, so it comes next.
      await rows.getByRole('link', { name: /Change.*under 18/i }).click();
      await page.waitForURL(/\/under-18\?from=check$/);
      await waitForApp(page);
      await choose(page, 'not-sure');
      await continueTo(page);
      assert.equal(stepOf(page), 'observe-children');
      await page.locator('input[value="none"]').check();
      await continueTo(page);
      assert.equal(stepOf(page), 'check');
      assert.doesNotMatch(await page.getByTestId('check-answers').innerText(), /agreed to be referred/);
    } finally {
      await page.close();
    }
  });
});

describe('one question frame from question to question', () => {
  /** The focused element is the page's heading and reads `text`. */
  const headingFocused = (page, text) =>
    poll(() => page.evaluate((t) => {
      const el = document.activeElement;
      return el?.matches('main h1') && el.textContent.trim() === t;
    }, text));
  const summaryFocused = (page) =>
    poll(() => page.locator('.app-error-summary').evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false));
  /** The form was not built anew since `markFrame`: Continue patched it. */
  const sameFrame = (page) => page.getByTestId('question-form').evaluate((form) => form.keptAcrossQuestions === true);
  const markFrame = (page) => page.getByTestId('question-form').evaluate((form) => { form.keptAcrossQuestions = true; });
  const back = (page) => page.getByRole('link', { name: 'Back', exact: true }).click();
  const errorShown = async (page) => (await page.locator('.app-error-summary, .app-error-message').count()) > 0;

  it('keeps its form, each question its own error and answers, and moves focus to each heading', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      await markFrame(page);
      await choose(page, 'no');
      await continueTo(page);
      assert.equal(stepOf(page), 'setting');
      assert.ok(await headingFocused(page, 'What kind of property is this?'), 'focus moves to the new question');
      assert.ok(await sameFrame(page), 'Continue keeps the form on screen');
      assert.equal(await page.locator('[data-testid="answers-radios"] input[type="radio"]:checked').count(), 0, 'no radio of the last question stays checked');

      // An error on the setting question...
      await page.getByTestId('continue').click();
      await page.locator('.app-error-summary').waitFor();
      assert.match(await page.locator('.app-error-message').innerText(), /Select the kind of property/);
      assert.match(await page.title(), /^Error: /);
      // ...is not the danger question's, whose answer is still there.
      await back(page);
      await atStep(page, 'danger');
      assert.ok(await headingFocused(page, 'Is anyone in immediate danger?'), 'Back moves focus to the heading');
      assert.equal(await errorShown(page), false, 'the error stays with its own question');
      assert.doesNotMatch(await waitForTitle(page, (t) => t.startsWith('Is anyone')), /^Error: /);
      assert.ok(await page.locator('input[value="no"]').isChecked(), 'the answer is kept');
      assert.ok(await sameFrame(page), 'Back keeps the form on screen too');
      // Back on the setting question, still unanswered: its error is there again, and has focus.
      await continueTo(page);
      assert.equal(stepOf(page), 'setting');
      assert.match(await page.locator('.app-error-message').innerText(), /Select the kind of property/);
      assert.ok(await summaryFocused(page), 'the error summary takes focus');
      assert.match(await waitForTitle(page, (t) => t.startsWith('Error: ')), /^Error: What kind of property/);
      // An answer clears it; the next question starts clean.
      await choose(page, 'shared-house');
      await page.locator('.app-error-summary').waitFor({ state: 'detached' });
      await continueTo(page);
      assert.equal(stepOf(page), 'place');
      assert.ok(await headingFocused(page, 'Where is the property?'));
      assert.equal(await errorShown(page), false);
      assert.ok(await sameFrame(page), 'a question of another kind keeps the frame');
      await choose(page, 'scotland');
      await continueTo(page);
      await choose(page, '2-5');
      await continueTo(page);
      await choose(page, 'no');
      await continueTo(page);
      assert.equal(stepOf(page), 'observe-people');
      assert.ok(await sameFrame(page));

      // Observation screens: the boxes are reused by position, never their ticks or the note.
      const first = page.locator('input[type="checkbox"]').first();
      const firstValue = await first.getAttribute('value');
      await first.check();
      await page.locator('#group-note').fill('Two mattresses in the hall.');
      await continueTo(page);
      assert.equal(stepOf(page), 'observe-control');
      assert.ok(await headingFocused(page, 'What did you see about control and freedom?'));
      assert.ok(await sameFrame(page));
      assert.notEqual(await page.locator('input[type="checkbox"]').first().getAttribute('value'), firstValue, 'the first box is the next screen\'s');
      assert.equal(await page.locator('input[type="checkbox"]:checked').count(), 0, 'no tick from the last screen');
      assert.equal(await page.locator('#group-note').inputValue(), '', 'no note from the last screen');
      // Every box is labelled by its own label, and its hint by id.
      const orphans = await page.locator('input[type="checkbox"]').evaluateAll((boxes) =>
        boxes.filter((b) => !document.querySelector(`label[for="${b.id}"]`) || (b.getAttribute('aria-describedby') && !document.getElementById(b.getAttribute('aria-describedby')))).map((b) => b.id));
      assert.deepEqual(orphans, []);
      await back(page);
      await atStep(page, 'observe-people');
      assert.ok(await page.locator(`input[type="checkbox"][value="${firstValue}"]`).isChecked(), 'Back shows the tick');
      assert.equal(await page.locator('#group-note').inputValue(), 'Two mattresses in the hall.');
      await back(page);
      await atStep(page, 'under-18');
      assert.ok(await page.locator('input[value="no"]').isChecked());
      await back(page);
      await atStep(page, 'people');
      assert.ok(await page.locator('input[value="2-5"]').isChecked());
      await back(page);
      await atStep(page, 'place');
      assert.ok(await page.locator('input[value="scotland"]').isChecked());
      assert.ok(await sameFrame(page), 'the same form all along');
      const violations = await checkAxe(page);
      assert.deepEqual(violations, []);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('each kind of answers is kept, hidden while another kind is shown', () => {
  const parts = ['answers-radios', 'answers-place', 'answers-observations'];
  /** The one part on show; every other part is hidden (and so out of the tab order and the accessibility tree). */
  const shownPart = (page) =>
    page.evaluate((ids) => {
      const shown = ids.filter((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        return el && !el.hidden && el.getClientRects().length > 0;
      });
      return shown.length === 1 ? shown[0] : `${shown.length} parts shown`;
    }, parts);
  /** Marks the first input of a part, to find out later whether it was built anew. */
  const markInput = (page, id) => page.locator(`[data-testid="${id}"] input`).first().evaluate((el) => { el.keptAcrossKinds = true; });
  const inputKept = (page, id) => page.locator(`[data-testid="${id}"] input`).first().evaluate((el) => el.keptAcrossKinds === true);
  const boxes = (page) => page.locator('[data-testid="answers-observations"] input[type="checkbox"]').evaluateAll((els) => els.map((e) => e.value));
  const back = async (page, step) => {
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await atStep(page, step);
  };

  it('a change of kind shows the kept part, with the answers and the boxes of its own question', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await startVisit(page);
      assert.equal(await shownPart(page), 'answers-radios');
      await markInput(page, 'answers-radios');
      await choose(page, 'no');
      await continueTo(page);
      await choose(page, 'shared-house');
      await continueTo(page);
      assert.equal(stepOf(page), 'place');
      assert.equal(await shownPart(page), 'answers-place');
      assert.equal(await page.getByRole('radio').count(), 3, 'only the three nations\' radios are in the accessibility tree');
      await markInput(page, 'answers-place');
      await choose(page, 'scotland');
      await continueTo(page);
      assert.equal(await shownPart(page), 'answers-radios');
      assert.ok(await inputKept(page, 'answers-radios'), 'the radios were shown again, not built anew');
      assert.equal(await page.getByRole('radio', { checked: true }).count(), 0, 'the people question starts unanswered');
      await choose(page, '2-5');
      await continueTo(page);
      await choose(page, 'no');
      await continueTo(page);
      const firstGroup = stepOf(page);
      assert.match(firstGroup, /^observe-/);
      assert.equal(await shownPart(page), 'answers-observations');
      assert.equal(await page.getByRole('radio').count(), 0, 'no radio of an earlier question can be reached');
      await page.locator('#group-note').fill('Four mattresses upstairs.');
      // The next screen's signs depend on the setting (a home's, here).
      await continueTo(page);
      const secondGroup = stepOf(page);
      assert.match(secondGroup, /^observe-/);
      const sharedHouse = await boxes(page);
      // Back through the radios to the place: its part and its answer are the ones left there.
      await back(page, firstGroup);
      assert.equal(await page.locator('#group-note').inputValue(), 'Four mattresses upstairs.');
      await back(page, 'under-18');
      assert.equal(await shownPart(page), 'answers-radios');
      assert.ok(await page.locator('input[value="no"]').isChecked());
      await back(page, 'people');
      await back(page, 'place');
      assert.equal(await shownPart(page), 'answers-place');
      assert.ok(await inputKept(page, 'answers-place'), 'the place was shown again, not built anew');
      assert.ok(await page.locator('input[value="scotland"]').isChecked());
      // Another setting: the kept boxes follow it, as a new visit's would.
      await back(page, 'setting');
      await choose(page, 'car-wash');
      for (let i = 0; i < 5; i++) await continueTo(page);
      assert.equal(stepOf(page), secondGroup);
      const carWash = await boxes(page);
      assert.notDeepEqual(carWash, sharedHouse, 'a hand car wash has other signs than a shared house');
      const violations = await checkAxe(page);
      assert.deepEqual(violations, []);

      await page.goto('/spot');
      await waitForApp(page);
      await startVisit(page);
      for (const answer of ['no', 'car-wash', 'scotland', '2-5', 'no']) {
        await choose(page, answer);
        await continueTo(page);
      }
      await page.locator('input[type="checkbox"][value="none"]').check();
      await continueTo(page);
      assert.equal(stepOf(page), secondGroup);
      assert.deepEqual(await boxes(page), carWash, 'the same boxes as a new visit to a hand car wash');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('at 320×640, a phone', () => {
  /** Wholly inside the viewport, with no scrolling. */
  const onFirstScreen = (locator) =>
    locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    });
  const firstScreen = async (page, label) => {
    assert.equal(await page.evaluate(() => scrollY), 0, `${label}: at the top`);
    for (const [name, locator] of [
      ['the question', page.locator('main h1')],
      ['its first answer', page.locator('.app-radios__item:visible').first()],
      ['the quick exit', page.getByTestId('quick-exit')],
      ['999', page.locator('.app-help__link--emergency')],
    ]) {
      assert.ok(await onFirstScreen(locator), `${label}: ${name} is on the first screen`);
    }
  };

  it('a question and its first answer are on the first screen, with the quick exit and 999; the quick exit is explained once', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/', { width: 320, height: 640 });
    try {
      // First use: the note explains the quick exit on the first page...
      const note = page.getByTestId('quick-exit-intro');
      await note.waitFor();
      assert.match(await note.innerText(), /Shift/);
      assert.ok(await onFirstScreen(page.getByTestId('quick-exit')) && await onFirstScreen(page.locator('.app-help__link--emergency')), 'the quick exit and 999 are on the first screen');
      // ...and only there: the visit's first question has the first screen to itself.
      await startVisit(page);
      assert.ok(await poll(async () => (await note.count()) === 0), 'the note is shown once');
      await firstScreen(page, 'the first question');
      await choose(page, 'no');
      await continueTo(page);
      await firstScreen(page, 'the next question');
      // Coming back to the app later: the note is not shown again.
      await page.reload();
      await waitForApp(page);
      assert.equal(await note.count(), 0, 'the note is not shown again');
      await firstScreen(page, 'coming back');
      // The quick exit stays in reach further down the page.
      await page.locator('.app-radios__item:visible').last().scrollIntoViewIfNeeded();
      await page.getByTestId('continue').scrollIntoViewIfNeeded();
      assert.ok(await page.evaluate(() => scrollY) > 0, 'the page scrolled');
      assert.ok(await onFirstScreen(page.getByTestId('quick-exit')), 'the quick exit stays on screen');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'no sideways scrolling');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('practice mode', () => {
  it('is marked on every screen and never listed with real visits', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/spot/practice');
    try {
      await page.locator('[data-sample="nail-bar"]').getByRole('button').click();
      await page.waitForURL(/\/spot\/practice\/[^/]+\/danger$/);
      await waitForApp(page);
      const banners = [];
      for (let guard = 0; guard < 30 && stepOf(page) !== 'check'; guard++) {
        banners.push(await page.getByTestId('practice-banner').count());
        const step = stepOf(page);
        if (step === 'danger' || step === 'under-18') await choose(page, 'no');
        else if (step === 'setting') await choose(page, 'nail-bar');
        else if (step === 'people') await choose(page, '2-5');
        else if (step === 'consent') await choose(page, 'not-asked');
        else if (step.startsWith('observe-')) await page.locator('input[value="none"]').check();
        await continueTo(page);
      }
      await page.getByTestId('see-result').click();
      await page.waitForURL(/\/result$/);
      await waitForApp(page);
      banners.push(await page.getByTestId('practice-banner').count());
      assert.ok(banners.every((n) => n === 1), `practice banner on every screen: ${banners}`);
      assert.match(await page.getByTestId('practice-feedback').innerText(), /worked answer/);
      // In-app navigation keeps this tab's state: the practice visit exists, but not in the list.
      await page.locator('nav[aria-label="Main"]').getByRole('link', { name: /^Spot it/ }).click();
      await page.waitForURL(/\/spot$/);
      await waitForApp(page);
      assert.equal(await page.getByTestId('no-visits').count(), 1, 'the practice visit is not listed with real visits');
    } finally {
      await page.close();
    }
  });
});

describe('how the checklist decides', () => {
  it('lists every sign with its strength and sources, and the rule', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/spot/how-it-decides');
    try {
      const rows = await page.getByTestId('indicator-table').locator('tbody tr').count();
      assert.ok(rows >= 60, `expected every sign in the table, found ${rows}`);
      assert.match(await page.getByTestId('level-rule').innerText(), /two strong/);
      const violations = await checkAxe(page);
      assert.deepEqual(violations, []);
    } finally {
      await page.close();
    }
  });
});
