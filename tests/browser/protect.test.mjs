// Protecting what is on the device: the passphrase lock (encryption at rest,
// wrong passphrases, tampering, the automatic lock), the quick exit (button
// and Shift ×3) and discreet mode.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertNoPageErrors,
  checkAxe,
  newPage,
  nextFrame,
  poll,
  requestMark,
  requests,
  requestsSince,
  waitForApp,
  useBrowserSuite,
} from './helpers.mjs';

const TEST_TIMEOUT = 120_000;
const PASSPHRASE = 'kettle river lamp';
const suite = useBrowserSuite();


async function open(path = '/', viewport = { width: 820, height: 1180 }) {
  const page = await newPage(suite.browser, suite.server.url, { viewport });
  await page.goto(path);
  await waitForApp(page);
  // The quick exit is explained once; these tests have read it.
  await page.evaluate(() => localStorage.setItem('sss.settings.quick-exit-explained', 'yes'));
  return page;
}

/** Starts a visit, opens its check page and types `text` in the general notes. */
async function visitWithNotes(page, text) {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start a visit' }).click();
  await poll(() => page.url().endsWith('/danger'));
  const id = new URL(page.url()).pathname.split('/')[3];
  await page.goto(`/spot/visit/${id}/check`);
  await waitForApp(page);
  await page.locator('#general-notes').fill(text);
  await poll(() => page.locator('[data-testid="save-status"]').textContent().then((t) => /Saved/.test(t ?? '')));
  return id;
}

async function turnOnLock(page, passphrase = PASSPHRASE) {
  await page.goto('/settings');
  await waitForApp(page);
  await page.locator('#new-passphrase').fill(passphrase);
  await page.locator('#confirm-passphrase').fill(passphrase);
  await page.locator('#understood').check();
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await page.locator('[data-testid="lock-on"]').waitFor({ timeout: 15_000 });
}

/** Types the passphrase and waits for the answer (the field empties either way). */
async function unlock(page, passphrase = PASSPHRASE) {
  await page.locator('#passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await poll(
    () => page.evaluate(() => {
      const field = document.querySelector('#passphrase');
      return !field || field.value === '';
    }),
    { timeout: 15_000 },
  );
}

/** Opens a page afresh: with a lock set, every page load starts locked. */
async function gotoUnlocked(page, path) {
  await page.goto(path);
  await page.locator('[data-testid="unlock"]').waitFor();
  await unlock(page);
  await page.locator('[data-testid="unlock"]').waitFor({ state: 'detached', timeout: 15_000 });
  await waitForApp(page);
}

/** Every value the app can reach: localStorage, sessionStorage, IndexedDB, caches. */
const everythingStored = (page) =>
  page.evaluate(async () => {
    const values = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      values.push(k, localStorage.getItem(k));
    }
    for (let i = 0; i < sessionStorage.length; i++) {
      const k = sessionStorage.key(i);
      values.push(k, sessionStorage.getItem(k));
    }
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    values.push(...dbs.map((d) => d.name));
    if (self.caches) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) {
          const res = await cache.match(req);
          values.push(req.url, await res.text());
        }
      }
    }
    return values.join('\n');
  });

const domHas = (page, text) =>
  page.evaluate((t) => {
    const fields = [...document.querySelectorAll('input, textarea')].map((e) => e.value).join('\n');
    return document.body.innerHTML.includes(t) || fields.includes(t);
  }, text);

describe('the lock encrypts visits at rest', () => {
  it('with the lock on, a marker typed in a visit is nowhere in storage, and comes back after unlocking', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const before = 'MARKER-before-lock-7731';
      const id = await visitWithNotes(page, before);
      assert.ok((await everythingStored(page)).includes(before), 'without a lock the visit is stored in the clear');

      await turnOnLock(page);
      // Typed after the lock was set, too.
      await gotoUnlocked(page, `/spot/visit/${id}/check`);
      const after = 'MARKER-after-lock-9924';
      await page.locator('#general-notes').fill(`${before} ${after}`);
      await poll(() => page.locator('[data-testid="save-status"]').textContent().then((t) => /Saved/.test(t ?? '')));

      const stored = await everythingStored(page);
      for (const marker of [before, after, 'MARKER-']) {
        assert.ok(!stored.includes(marker), `"${marker}" found in storage`);
      }
      const raw = await page.evaluate((k) => localStorage.getItem(k), `sss.visit.${id}`);
      assert.match(raw, /^\{"sealed":1,"iv":"[^"]+","ct":"[^"]+"\}$/);
      assert.equal(await page.evaluate(() => localStorage.getItem('sss.visits.index')), null, 'the index (which names places) is removed');
      const record = JSON.parse(await page.evaluate(() => localStorage.getItem('sss.lock')));
      assert.equal(record.kdf, 'PBKDF2-SHA256');
      assert.ok(record.iterations >= 600_000);

      // A reload starts locked: the visit is not in the page.
      await page.goto(`/spot/visit/${id}/check`);
      await page.locator('[data-testid="unlock"]').waitFor();
      assert.equal(await domHas(page, 'MARKER-'), false);
      // Summary, copy and download are not reachable while locked.
      await page.goto(`/spot/visit/${id}/summary`);
      await page.locator('[data-testid="unlock"]').waitFor();
      assert.equal(await page.getByRole('button', { name: /Copy|Download|Print/ }).count(), 0);

      await unlock(page);
      await page.locator('[data-testid="summary"] h1').waitFor({ timeout: 15_000 });
      assert.ok(await domHas(page, after), 'the summary shows the notes once unlocked');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('a wrong passphrase is refused, repeated failures make you wait, and the right one then works', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await visitWithNotes(page, 'notes for the wrong-passphrase test');
      await turnOnLock(page);
      await page.getByRole('button', { name: 'Lock now' }).click();
      await page.locator('[data-testid="unlock"]').waitFor();

      await unlock(page, 'not the passphrase');
      await page.locator('.app-error-summary').getByText('The passphrase is not right').waitFor({ timeout: 15_000 });
      assert.equal(await page.locator('[data-testid="lock-on"]').count(), 0);
      await unlock(page, 'still not the passphrase');
      await page.locator('.app-error-summary').getByText('The passphrase is not right').waitFor({ timeout: 15_000 });
      await unlock(page, 'third wrong passphrase');
      await page.locator('.app-error-summary').getByText(/Too many wrong passphrases\. Wait 5 seconds/).waitFor({ timeout: 15_000 });
      // Even the right passphrase waits its turn, and a reload does not reset
      // it. The page's clock runs on from here but can be moved forward.
      await page.clock.install();
      await page.reload();
      await waitForApp(page);
      await unlock(page);
      await page.locator('.app-error-summary').getByText(/Too many wrong passphrases/).waitFor({ timeout: 15_000 });
      await page.clock.fastForward(5_000);
      await unlock(page);
      await page.locator('[data-testid="lock-on"]').waitFor({ timeout: 15_000 });
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('a tampered ciphertext is detected and reported, never shown as garbage', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const id = await visitWithNotes(page, 'MARKER-tamper-5521');
      await turnOnLock(page);
      await page.evaluate((key) => {
        const sealed = JSON.parse(localStorage.getItem(key));
        // Flip one bit of the ciphertext.
        const bytes = Uint8Array.from(atob(sealed.ct), (c) => c.charCodeAt(0));
        bytes[5] ^= 1;
        sealed.ct = btoa(String.fromCharCode(...bytes));
        localStorage.setItem(key, JSON.stringify(sealed));
      }, `sss.visit.${id}`);
      await page.goto('/spot');
      await page.locator('[data-testid="unlock"]').waitFor();
      await unlock(page);
      const notice = page.locator('[data-testid="notices"]');
      await notice.getByText(/failed its integrity check/).waitFor({ timeout: 15_000 });
      await gotoUnlocked(page, `/spot/visit/${id}/check`);
      assert.match(await page.locator('main h1').textContent(), /not found/i);
      // Kept aside, still sealed, for whoever can recover it.
      const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sss.quarantine.')).map((k) => localStorage.getItem(k)));
      assert.equal(kept.length, 1);
      assert.match(kept[0], /^\{"sealed":1/);
      assert.ok(!(await everythingStored(page)).includes('MARKER-'));
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('locks by itself after the set time without use', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const id = await visitWithNotes(page, 'MARKER-idle-3310');
      await turnOnLock(page);
      await gotoUnlocked(page, `/spot/visit/${id}/check`);
      assert.ok(await domHas(page, 'MARKER-idle-3310'));
      // The time is read at every check, so it can be shortened now.
      await page.locator('#general-notes').focus();
      await page.evaluate(() => localStorage.setItem('sss.settings.lock-after-seconds', '2'));
      // Typing counts as use: 2.4 s of typing, no pause of 2 s.
      await page.locator('#general-notes').pressSequentially(' more', { delay: 300 });
      await page.locator('#general-notes').pressSequentially(' text', { delay: 300 });
      assert.equal(await page.locator('[data-testid="unlock"]').count(), 0);
      await page.locator('[data-testid="unlock"]').waitFor({ timeout: 6_000 });
      assert.equal(await domHas(page, 'MARKER-idle-3310'), false);
      await unlock(page);
      await page.locator('#general-notes').waitFor({ timeout: 15_000 });
      assert.equal(await page.locator('#general-notes').inputValue(), 'MARKER-idle-3310 more text', 'what was typed before the lock is kept');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('changing the passphrase keeps the visits; turning the lock off stores them in the clear again', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const id = await visitWithNotes(page, 'MARKER-change-8812');
      await turnOnLock(page);
      await page.getByText('Change the passphrase').click();
      await page.locator('#current-passphrase').fill(PASSPHRASE);
      await page.locator('#changed-passphrase').fill('copper window seven');
      await page.locator('#confirm-changed-passphrase').fill('copper window seven');
      await page.getByRole('button', { name: 'Change passphrase' }).click();
      await page.getByText('The passphrase has been changed').waitFor({ timeout: 15_000 });

      await page.getByRole('button', { name: 'Lock now' }).click();
      await unlock(page, PASSPHRASE);
      await page.locator('.app-error-summary').getByText('The passphrase is not right').waitFor({ timeout: 15_000 });
      await unlock(page, 'copper window seven');
      await page.locator('[data-testid="lock-on"]').waitFor({ timeout: 15_000 });

      await page.getByText('Turn off the lock', { exact: true }).first().click();
      await page.locator('#off-passphrase').fill('copper window seven');
      await page.locator('[data-testid="turn-off-lock"]').click();
      await page.locator('[data-testid="turn-on-lock"]').waitFor({ timeout: 15_000 });
      assert.equal(await page.evaluate(() => localStorage.getItem('sss.lock')), null);
      const raw = await page.evaluate((k) => localStorage.getItem(k), `sss.visit.${id}`);
      assert.ok(raw.includes('MARKER-change-8812'));
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });

  it('lock screens and settings pass axe', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/settings');
    try {
      assert.deepEqual(await checkAxe(page), [], 'settings, lock off');
      await page.getByRole('button', { name: 'Turn on the lock' }).click();
      await page.locator('.app-error-summary').waitFor();
      assert.deepEqual(await checkAxe(page), [], 'settings with an error');
      await turnOnLock(page);
      assert.deepEqual(await checkAxe(page), [], 'settings, lock on');
      await page.getByRole('button', { name: 'Lock now' }).click();
      await page.goto('/spot');
      await page.locator('[data-testid="unlock"]').waitFor();
      assert.deepEqual(await checkAxe(page), [], 'unlock page');
    } finally {
      await page.close();
    }
  });
});

/** Resolves, one animation frame after the trigger, to what the page shows. */
const afterOneFrame = (page, marker) =>
  page.evaluate(
    (m) =>
      new Promise((resolve) => {
        window.__quickExitCheck = () =>
          requestAnimationFrame(() => {
            const fields = [...document.querySelectorAll('input, textarea')].map((e) => e.value).join('\n');
            resolve({
              inDom: document.body.innerHTML.includes(m) || fields.includes(m),
              visible: document.body.innerText.includes(m),
              cover: !!document.querySelector('[data-testid="cover"]'),
              title: document.title,
            });
          });
      }),
    marker,
  );

describe('quick exit', () => {
  for (const how of ['button', 'Shift ×3']) {
    it(`by ${how}: the visit's text is gone within one frame, with no request, and nothing typed is lost`, { timeout: TEST_TIMEOUT }, async () => {
      const page = await open('/', { width: 1180, height: 820 });
      try {
        const marker = `MARKER-exit-${how === 'button' ? 'b' : 'k'}`;
        const id = await visitWithNotes(page, marker);
        const requestsBefore = requests.length;
        const mark = await requestMark(page);
        // Typed just before the exit, not yet saved.
        await page.locator('#general-notes').pressSequentially(' last words', { delay: 0 });
        const result = afterOneFrame(page, marker);
        // The frame is counted from the exit's start: a capturing listener on
        // the button or the window runs before the app's own.
        if (how === 'button') {
          await page.evaluate(() => {
            const b = document.querySelector('[data-testid="quick-exit"]');
            b.addEventListener('click', () => window.__quickExitCheck(), { once: true, capture: true });
            b.click();
          });
        } else {
          await page.evaluate(() => {
            let n = 0;
            addEventListener('keydown', (e) => {
              if (e.key === 'Shift' && ++n === 3) window.__quickExitCheck();
            }, { capture: true });
          });
          await page.locator('#general-notes').focus();
          for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        }
        const seen = await result;
        assert.deepEqual(seen, { inDom: false, visible: false, cover: true, title: 'Property inspection checklist' });
        // Every request the page started after the exit, from the browser's
        // own reports up to a request the test makes after it. Chromium itself
        // looks at the tab's icon again when the address changes; the app asks
        // for nothing. (Timers cannot start one: tests/browser/split.test.mjs
        // runs the app's clock past its early fetching after an exit.)
        const made = (await requestsSince(page, mark)).map((u) => new URL(u).pathname).filter((p) => p !== '/favicon.svg');
        assert.deepEqual(made, [], 'requests after quick exit');
        // And nothing at all went to another origin.
        const foreign = requests.slice(requestsBefore).filter((u) => new URL(u).origin !== new URL(suite.server.url).origin);
        assert.deepEqual(foreign, [], 'requests to another origin after quick exit');
        assert.equal(new URL(page.url()).pathname, '/', 'Back or reload does not return to the visit');
        assert.equal(await page.getByText('Sense it. Spot it. Stop it.').count(), 0, 'nothing names the app');
        // Saved on the way out.
        const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), `sss.visit.${id}`));
        assert.equal(saved.general_notes, `${marker} last words`);
        assert.deepEqual(await checkAxe(page), [], 'cover page');
        await page.getByRole('button', { name: 'Close checklist' }).click();
        await waitForApp(page);
        assert.equal(new URL(page.url()).pathname, '/');
        assertNoPageErrors(page);
      } finally {
        await page.close();
      }
    });
  }

  it('with a lock set, quick exit also locks', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const id = await visitWithNotes(page, 'MARKER-exit-lock');
      await turnOnLock(page);
      await gotoUnlocked(page, `/spot/visit/${id}/check`);
      await page.locator('[data-testid="quick-exit"]').click();
      await page.locator('[data-testid="cover"]').waitFor();
      await page.getByRole('button', { name: 'Close checklist' }).click();
      await page.goto(`/spot/visit/${id}/check`);
      await page.locator('[data-testid="unlock"]').waitFor();
      assert.equal(await domHas(page, 'MARKER-exit-lock'), false);
    } finally {
      await page.close();
    }
  });

  it('typing capitals never triggers it', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await visitWithNotes(page, 'x');
      await page.locator('#general-notes').focus();
      for (const ch of 'ABCDEF') {
        await page.keyboard.press(`Shift+Key${ch}`);
      }
      // The exit would be up within the keydown's own frame.
      await nextFrame(page);
      assert.equal(await page.locator('[data-testid="cover"]').count(), 0);
      assert.match(await page.locator('#general-notes').inputValue(), /ABCDEF$/);
    } finally {
      await page.close();
    }
  });

  it('is explained once, on first use', { timeout: TEST_TIMEOUT }, async () => {
    const page = await newPage(suite.browser, suite.server.url, { viewport: { width: 820, height: 1180 } });
    try {
      await page.goto('/');
      await waitForApp(page);
      const intro = page.locator('[data-testid="quick-exit-intro"]');
      await intro.waitFor();
      assert.match(await intro.textContent(), /Shift/);
      await intro.getByRole('button', { name: 'Got it' }).click();
      await page.reload();
      await waitForApp(page);
      assert.equal(await intro.count(), 0);
    } finally {
      await page.close();
    }
  });
});

describe('by touch and by keyboard, at tablet size', () => {
  it('touch: tap the exit button, close the cover, tap in the passphrase and unlock', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/', { width: 820, height: 1180 });
    const touchPage = await newPage(suite.browser, suite.server.url, { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
    try {
      await page.close();
      await touchPage.goto('/');
      await waitForApp(touchPage);
      await touchPage.evaluate(() => localStorage.setItem('sss.settings.quick-exit-explained', 'yes'));
      const id = await visitWithNotes(touchPage, 'MARKER-touch');
      await turnOnLock(touchPage);
      await gotoUnlocked(touchPage, `/spot/visit/${id}/check`);
      await touchPage.locator('[data-testid="quick-exit"]').tap();
      await touchPage.locator('[data-testid="cover"]').waitFor();
      assert.equal(await domHas(touchPage, 'MARKER-touch'), false);
      await touchPage.getByRole('button', { name: 'Close checklist' }).tap();
      await waitForApp(touchPage);
      await touchPage.locator('.app-nav a[href="/spot"]').tap();
      await touchPage.locator('[data-testid="unlock"]').waitFor();
      await touchPage.locator('#passphrase').tap();
      await touchPage.keyboard.type(PASSPHRASE);
      await touchPage.getByRole('button', { name: 'Unlock' }).tap();
      await touchPage.getByRole('heading', { level: 1, name: 'Your visits' }).waitFor({ timeout: 15_000 });
      assertNoPageErrors(touchPage);
    } finally {
      await touchPage.close();
    }
  });

  it('keyboard: Tab reaches the exit button first after the skip link, Enter exits, Enter unlocks', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const id = await visitWithNotes(page, 'MARKER-keys');
      await turnOnLock(page);
      await gotoUnlocked(page, `/spot/visit/${id}/check`);
      // From the skip link (the first stop on every page): the name, then the exit.
      await page.locator('.app-skip-link').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'quick-exit');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="cover"]').waitFor();
      await page.getByRole('button', { name: 'Close checklist' }).focus();
      await page.keyboard.press('Enter');
      await waitForApp(page);
      await page.goto('/spot');
      await page.locator('#passphrase').focus();
      await page.keyboard.type(PASSPHRASE);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Your visits' }).waitFor({ timeout: 15_000 });
    } finally {
      await page.close();
    }
  });
});

describe('two tabs', () => {
  it('a lock set in one tab locks the other, which keeps what it had typed', { timeout: TEST_TIMEOUT }, async () => {
    const a = await open('/');
    try {
      const id = await visitWithNotes(a, 'MARKER-tabs');
      const b = await a.context().newPage();
      await b.goto(`/spot/visit/${id}/check`);
      await waitForApp(b);
      await b.locator('#general-notes').fill('MARKER-tabs typed in B');
      await turnOnLock(a);
      await b.locator('[data-testid="unlock"]').waitFor();
      assert.equal(await domHas(b, 'MARKER-tabs'), false, 'B shows nothing once A sets the lock');
      await unlock(b);
      await b.locator('#general-notes').waitFor({ timeout: 15_000 });
      assert.equal(await b.locator('#general-notes').inputValue(), 'MARKER-tabs typed in B');
      await poll(() => b.locator('[data-testid="save-status"]').textContent().then((t) => /Saved/.test(t ?? '')));
      assert.ok(!(await everythingStored(b)).includes('MARKER-'), 'B saved it sealed');
      await b.close();
    } finally {
      await a.close();
    }
  });
});

describe('a clash between tabs survives a lock', () => {
  it('held changes are not saved over the other tab\u2019s copy after unlocking until the user chooses', { timeout: TEST_TIMEOUT }, async () => {
    const a = await open('/');
    try {
      const id = await visitWithNotes(a, 'MARKER-clash');
      await turnOnLock(a);
      const b = await a.context().newPage();
      await gotoUnlocked(b, `/spot/visit/${id}/check`);
      await gotoUnlocked(a, `/spot/visit/${id}/check`);
      // B types; before B's save is due, A saves. The clock (shared by the
      // tabs) is paused so B's save cannot come first; A saves at once on
      // pagehide.
      await b.clock.install();
      await b.clock.pauseAt(Date.now() + 1000);
      await b.locator('#general-notes').press('End');
      await b.locator('#general-notes').pressSequentially(' then B');
      await a.locator('#general-notes').fill('MARKER-clash changed in A');
      await a.evaluate(() => dispatchEvent(new Event('pagehide')));
      await b.getByTestId('conflict').waitFor({ timeout: 5000 });
      await b.clock.resume();
      // B exits and locks with the clash open, then unlocks.
      await b.locator('[data-testid="quick-exit"]').click();
      await b.getByRole('button', { name: 'Close checklist' }).click();
      // In-app navigation, not a reload: B's held text lives only in memory.
      await b.evaluate((path) => {
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, `/spot/visit/${id}/check`);
      await b.locator('[data-testid="unlock"]').waitFor();
      await unlock(b);
      await b.getByTestId('conflict').waitFor({ timeout: 15_000 });
      assert.equal(await b.locator('#general-notes').inputValue(), 'MARKER-clash then B', 'B still has its own text');
      // B's save of the held text falls due: run B's clock past it.
      await b.clock.runFor(1_000);
      await a.reload();
      await a.locator('[data-testid="unlock"]').waitFor();
      await unlock(a);
      await a.locator('#general-notes').waitFor({ timeout: 15_000 });
      assert.equal(await a.locator('#general-notes').inputValue(), 'MARKER-clash changed in A', 'A\u2019s copy was not overwritten');
      await b.close();
    } finally {
      await a.close();
    }
  });
});

describe('discreet mode', () => {
  it('neutral name and wizard headings; the guidance keeps its plain words', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/settings');
    try {
      await page.getByLabel('Yes, use discreet mode').check();
      await poll(() => page.title().then((t) => t.includes('Visit checklist')));
      assert.equal((await page.locator('.app-header__name').textContent()).trim(), 'Visit checklist');
      await page.goto('/');
      await waitForApp(page);
      await page.getByRole('button', { name: 'Start a visit' }).click();
      await poll(() => page.url().endsWith('/danger'));
      await waitForApp(page);
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Is anyone at risk of harm right now?');
      assert.match(await page.title(), /Visit checklist$/);
      const headerText = await page.locator('header').textContent();
      assert.ok(!/Sense it|Spot it|Stop it|trafficking|slavery/i.test(headerText), headerText);
      await page.goto('/sense/what-is-trafficking');
      await waitForApp(page);
      assert.match(await page.locator('main').textContent(), /trafficking/i);
      assert.deepEqual(await checkAxe(page), []);
    } finally {
      await page.close();
    }
  });
});
