// Local contacts (issue 17): a build with deploy/local-contacts.example.toml
// shows the council's numbers on the right route cards in each nation; an
// inspector's own contacts survive a reload and a lock, go with a wipe, and
// show any label as text; the Settings screens pass axe.
//
// Run against a build made with the example file:
//   make test-contacts (builds dist-contacts with the example file, then runs this)
//   It lives outside tests/browser/ because it needs that build, not dist/.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertNoPageErrors,
  checkAxe,
  newPage,
  poll,
  waitForApp,
  useBrowserSuite,
} from '../browser/helpers.mjs';

const TEST_TIMEOUT = 180_000;
const PASSPHRASE = 'kettle river lamp';
const suite = useBrowserSuite();

// The example file's numbers, by nation (Ofcom drama ranges).
const EXAMPLE = {
  'england-wales': {
    council: 'Example Borough Council',
    cards: {
      ChildrensServices: ['02079460100', '02079460199'],
      Police: ['02079460400'],
      NrmReferral: ['02079460300'],
    },
    stale: '02079460400',
  },
  scotland: {
    council: 'Example City Council',
    cards: { ChildrensServices: ['01314960100', '01314960199'] },
  },
  'northern-ireland': {
    council: 'Example District Council',
    cards: { ChildrensServices: ['02896496100'], NrmReferral: ['02896496100'] },
  },
};
const ALL_TELS = [...new Set(Object.values(EXAMPLE).flatMap((n) => Object.values(n.cards).flat()))];

async function open(path = '/', viewport = { width: 820, height: 1180 }) {
  const page = await newPage(suite.browser, suite.server.url, { viewport });
  await page.goto(path);
  await waitForApp(page);
  await page.evaluate(() => localStorage.setItem('sss.settings.quick-exit-explained', 'true'));
  return page;
}

const stepOf = (page) => new URL(page.url()).pathname.split('/').pop();

async function choose(page, value) {
  await page.locator(`input[type="radio"][value="${value}"]`).check();
}

async function continueTo(page) {
  const from = page.url();
  await page.getByRole('button', { name: /Continue|Save and continue/ }).first().click();
  await poll(() => page.url() !== from, { timeout: 10_000 });
  await waitForApp(page);
}

/** A real visit to a shared house where someone appears to be under 18, in `nation`, to its result. */
async function childVisit(page, nation) {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start a visit' }).click();
  await page.waitForURL(/\/spot\/visit\/[^/]+\/danger$/);
  await waitForApp(page);
  for (let guard = 0; guard < 30 && stepOf(page) !== 'check'; guard++) {
    const step = stepOf(page);
    if (step === 'danger') await choose(page, 'no');
    else if (step === 'setting') await choose(page, 'shared-house');
    else if (step === 'place') await choose(page, nation);
    else if (step === 'people') await choose(page, '2-5');
    else if (step === 'under-18') await choose(page, 'yes');
    else if (step === 'consent') await choose(page, 'not-asked');
    else if (step.startsWith('observe-')) {
      const box = page.locator('input[type="checkbox"][value="control-id-held-by-other"]');
      if (await box.count()) await box.check();
      else await page.locator('input[type="checkbox"][value="none"]').check();
    }
    await continueTo(page);
  }
  await page.getByTestId('see-result').click();
  await page.waitForURL(/\/result$/);
  await waitForApp(page);
}

/** The tel: numbers of the local contacts on each route card. */
const localTelsByCard = (page) =>
  page.locator('[data-testid="routes"] > li').evaluateAll((lis) =>
    Object.fromEntries(
      lis.map((li) => [
        li.dataset.route,
        [...li.querySelectorAll('[data-testid="local-contacts"] a[href^="tel:"]')].map((a) => a.getAttribute('href').slice(4)),
      ]),
    ),
  );

describe('a build with the example file', () => {
  it('shows each nation\u2019s local numbers on the right cards, and no other nation\u2019s', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      for (const [nation, want] of Object.entries(EXAMPLE)) {
        await childVisit(page, nation);
        const cards = await localTelsByCard(page);
        for (const [route, tels] of Object.entries(want.cards)) {
          assert.deepEqual(cards[route], tels, `${nation}: ${route} card`);
        }
        const html = await page.locator('main').innerHTML();
        for (const tel of ALL_TELS.filter((t) => !Object.values(want.cards).flat().includes(t))) {
          assert.ok(!html.includes(`tel:${tel}"`) || nation === 'england-wales', `${nation}: ${tel} belongs to another nation`);
        }
        const council = await page.locator('[data-testid="routes"] .app-local-contact__council').first().innerText();
        assert.equal(council, want.council, `${nation}: marked with the council's name`);
        assert.match(await page.getByTestId('what-to-say').innerText(), new RegExp(`I am calling from ${want.council} about`));
        if (want.stale) {
          const stale = page.locator(`[data-testid="routes"] [data-tel="${want.stale}"]`);
          assert.equal(await stale.getAttribute('data-stale'), 'true');
          assert.match(await stale.innerText(), /Check before use/);
        }
        assert.equal(await page.locator('[data-stale="true"]').count(), want.stale ? 1 : 0, `${nation}: only the old entry is stale`);
        await page.getByTestId('summary-link').click();
        await waitForApp(page);
        const summary = await page.getByTestId('summary').innerText();
        assert.match(summary, /Who I contacted/);
        assert.ok(summary.includes(want.council), `${nation}: the summary names the council`);
      }
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('puts the council\u2019s numbers first on Stop it, and prints them on one page', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/stop');
    try {
      const ours = page.getByTestId('our-contacts');
      assert.match(await ours.innerText(), /Example Borough Council: our local contacts/);
      assert.equal(await ours.locator('a[href^="tel:"]').count(), 5);
      await ours.getByRole('link', { name: /Print our local contacts/ }).click();
      await page.waitForURL(/\/stop\/local-contacts$/);
      await waitForApp(page);
      const boards = await page.getByTestId('notice-board').evaluateAll((ts) => ts.map((t) => t.dataset.nation));
      assert.deepEqual(boards, ['england-wales', 'scotland', 'northern-ireland']);
      assert.deepEqual(await checkAxe(page), [], 'noticeboard axe');
      // Chromium's own print to PDF, on A4: count the pages.
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.equal(pages, 1, 'the notice prints on one A4 page');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

async function addContact(page, { label, phone, route = '' }) {
  await page.locator('#contact-label').fill(label);
  await page.locator('#contact-phone').fill(phone);
  await page.locator('#contact-route').selectOption(route);
  await page.getByTestId('save-contact').click();
  await poll(() => page.getByTestId('my-contacts-status').innerText().then((t) => t.startsWith('Saved')));
}

const myLabels = (page) => page.locator('[data-testid="my-contact"] dt').allInnerTexts();

async function unlockHere(page) {
  await page.locator('#passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('[data-testid="unlock"]').waitFor({ state: 'detached', timeout: 15_000 });
}

describe('your own contacts', () => {
  it('are added, changed and removed; survive a reload and a lock; are sealed; go with a wipe', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/settings');
    try {
      await page.getByTestId('my-contacts-empty').waitFor();
      assert.deepEqual(await checkAxe(page), [], 'settings with no contacts');
      await page.getByTestId('save-contact').click();
      await page.locator('.app-error-summary').waitFor();
      assert.deepEqual(await checkAxe(page), [], 'settings with an error');
      await addContact(page, { label: 'Duty sergeant MARKER-31', phone: '07700 900001', route: 'police' });
      await addContact(page, { label: 'Team leader', phone: '07700 900002' });
      await addContact(page, { label: 'Someone to remove', phone: '101' });
      assert.deepEqual(await myLabels(page), ['Duty sergeant MARKER-31', 'Team leader', 'Someone to remove']);
      await page.getByRole('button', { name: 'Change Team leader' }).click();
      assert.equal(await page.locator('#contact-label').inputValue(), 'Team leader');
      assert.deepEqual(await checkAxe(page), [], 'settings while changing a contact');
      await page.locator('#contact-label').fill('Team leader (nights)');
      await page.getByTestId('save-contact').click();
      await poll(() => myLabels(page).then((l) => l[1] === 'Team leader (nights)'));
      await page.getByRole('button', { name: 'Remove Someone to remove' }).click();
      await poll(() => myLabels(page).then((l) => l.length === 2));

      await page.reload();
      await waitForApp(page);
      assert.deepEqual(await myLabels(page), ['Duty sergeant MARKER-31', 'Team leader (nights)'], 'after a reload');

      // On the result, under the police route; in the summary.
      await childVisit(page, 'england-wales');
      const mine = page.getByTestId('my-contacts');
      assert.match(await mine.locator('[data-route-id="police"]').innerText(), /Duty sergeant MARKER-31/);
      assert.match(await mine.innerText(), /Other contacts[\s\S]*Team leader \(nights\)/);
      await page.getByTestId('summary-link').click();
      await waitForApp(page);
      assert.match(await page.getByTestId('summary').innerText(), /Report to the police: Duty sergeant MARKER-31: 07700 900001 \(my contact\)/);

      // Lock: sealed at rest, hidden while locked, back after unlocking.
      await page.goto('/settings');
      await waitForApp(page);
      await page.locator('#new-passphrase').fill(PASSPHRASE);
      await page.locator('#confirm-passphrase').fill(PASSPHRASE);
      await page.locator('#understood').check();
      await page.getByRole('button', { name: 'Turn on the lock' }).click();
      await page.locator('[data-testid="lock-on"]').waitFor({ timeout: 15_000 });
      const stored = await page.evaluate(() => localStorage.getItem('sss.contacts'));
      assert.ok(stored && !stored.includes('MARKER-31'), 'sealed at rest');
      await page.reload();
      await waitForApp(page);
      await page.getByTestId('my-contacts-locked').waitFor();
      assert.deepEqual(await checkAxe(page), [], 'settings while locked');
      await unlockHere(page);
      await poll(() => myLabels(page).then((l) => l.length === 2), { timeout: 10_000 });
      assert.deepEqual(await myLabels(page), ['Duty sergeant MARKER-31', 'Team leader (nights)'], 'after lock and unlock');
      await addContact(page, { label: 'Added while locked MARKER-32', phone: '07700 900003' });
      assert.ok(!(await page.evaluate(() => localStorage.getItem('sss.contacts'))).includes('MARKER-32'), 'a new one is sealed too');

      // Wipe.
      await page.getByTestId('wipe').click();
      await page.getByTestId('confirm').click();
      await poll(() => page.evaluate(() => localStorage.getItem('sss.contacts') === null));
      await page.reload();
      await waitForApp(page);
      await page.getByTestId('my-contacts-empty').waitFor();
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('shows 50 script payloads as labels as text, in Settings, on the result and in the summary', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const shapes = [
        (i) => `<script>window.__xss=${i}</script>`,
        (i) => `<img src=x onerror="window.__xss=${i}">`,
        (i) => `"><svg onload="window.__xss=${i}">`,
        (i) => `javascript:window.__xss=${i}`,
        (i) => `</dt><iframe srcdoc="<script>parent.__xss=${i}</script>">`,
        (i) => `'><a href="javascript:window.__xss=${i}">x</a>`,
        (i) => `<details open ontoggle="window.__xss=${i}">`,
        (i) => `{{constructor.constructor('window.__xss=${i}')()}}`,
        (i) => `<style>body{display:none}</style>${i}`,
        (i) => `&lt;b&gt;${i}&amp;<!--`,
      ];
      const labels = Array.from({ length: 50 }, (_, i) => shapes[i % shapes.length](i));
      const routes = ['', 'police', 'childrens-services', 'nrm-referral'];
      await page.evaluate(({ labels, routes }) => {
        const contacts = labels.map((label, i) => ({ id: `x${i}`, label, phone: `07700 9000${String(i).padStart(2, '0')}`, route: routes[i % routes.length] || null }));
        localStorage.setItem('sss.contacts', JSON.stringify({ version: 1, contacts }));
      }, { labels, routes });
      await page.goto('/settings');
      await waitForApp(page);
      assert.deepEqual(await myLabels(page), labels, 'every label shown as its own text');
      // One more through the form.
      await page.getByRole('button', { name: `Remove ${labels[49]}` }).click();
      await addContact(page, { label: labels[0].slice(0, 80), phone: '07700 900099', route: 'police' });
      await childVisit(page, 'england-wales');
      const shown = await page.getByTestId('my-contacts').locator('.app-contact__name').allInnerTexts();
      assert.ok(labels.slice(0, 49).every((l) => shown.includes(l)), 'the result shows every label as text');
      await page.getByTestId('summary-link').click();
      await waitForApp(page);
      const summary = await page.getByTestId('summary').innerText();
      assert.ok(labels.slice(0, 49).every((l) => summary.includes(l)), 'the summary shows every label as text');
      const injected = await page.evaluate(() => ({
        xss: window.__xss ?? null,
        nodes: document.querySelectorAll('main script, main iframe, main img[onerror], main svg[onload], main details[ontoggle], main style').length,
      }));
      assert.deepEqual(injected, { xss: null, nodes: 0 });
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});
