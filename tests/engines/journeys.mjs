// The core journeys, written once and run in every engine (chromium.test.mjs,
// webkit.test.mjs, firefox.test.mjs each call defineJourneys with their
// driver). Each journey gets a fresh session: a profile with no storage and
// no service worker, as a new tablet would have.
//
// A journey an engine truly cannot run is named in that engine's `cannot`
// map with the reason, and shows as skipped with it; nothing is dropped quietly.

import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DIST, startDistServer } from '../browser/helpers.mjs';
import { probedCopy } from './console-probe.mjs';
import { APP_TITLE, AppPage } from './page.mjs';

const TIMEOUT = 180_000;
const PASSPHRASE = 'kettle river lamp';

/** The course's first slide with questions, the slide before it, and the quiz items, from the build. */
async function firstQuizSlide() {
  const library = path.join(DIST, 'library');
  for (const dir of await readdir(library)) {
    const file = path.join(library, dir, 'workshop.json');
    const workshop = JSON.parse(await readFile(file, 'utf8').catch(() => 'null'));
    if (!workshop) continue;
    const slides = workshop.block.flatMap((b) => b.slide.map((s) => ({ ...s, href: `/train/course/${b.id}/${s.id}` })));
    const at = slides.findIndex((s) => (s.quiz ?? []).length > 0);
    return { before: slides[at - 1].href, quiz: slides[at], items: Object.fromEntries(workshop.item.map((i) => [i.id, i])) };
  }
  throw new Error(`no workshop.json under ${library}`);
}

// Every route pattern of src/app.rs, as a deep link. Topics are added from the library's own list.
const ROUTES = [
  '/',
  '/sense',
  '/sense/signs',
  '/sense/glossary',
  '/spot',
  '/spot/practice',
  '/spot/how-it-decides',
  '/spot/visit/not-on-this-device/danger',
  '/spot/practice/not-started/danger',
  '/stop',
  '/stop/local-contacts',
  '/settings',
  '/train',
  '/train/review',
  '/train/present',
  '/train/audience',
  '/train/certificate',
  '/train/team',
  '/train/poster',
  '/chain',
  '/chain/how-it-scores',
];

/** The journeys' ids, for an engine's `cannot` map. */
export const JOURNEYS = Object.freeze(['deep-links', 'visit', 'export', 'lock', 'quick-exit', 'offline', 'update', 'workshop', 'chain']);

const stepOf = async (page) => (await page.pathname()).split('/').pop();

/** Opens the home page, starts a visit, and resolves to its id (on its first question). */
async function startVisit(page) {
  await page.open('/');
  await page.clickText('button', 'Start a visit');
  await page.until(() => /\/spot\/visit\/[^/]+\/danger$/.test(location.pathname), null, { what: 'the first question' });
  await page.waitForApp();
  return (await page.pathname()).split('/')[3];
}

/** Types `text` in the visit's general notes (check your answers) and waits until it is saved. */
async function writeNotes(page, id, text) {
  if ((await page.pathname()) !== `/spot/visit/${id}/check`) await page.open(`/spot/visit/${id}/check`);
  await page.waitFor('#general-notes');
  await page.fill('#general-notes', text);
  try {
    await page.until(
      (want) => document.querySelector('#general-notes')?.value === want && /Saved/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''),
      text,
      { what: 'the notes to be saved' },
    );
  } catch (err) {
    const seen = await page.session.evaluate(() => ({
      value: document.querySelector('#general-notes')?.value,
      status: document.querySelector('[data-testid="save-status"]')?.textContent,
    }));
    err.message += `\n  wanted ${JSON.stringify(text)}, the page has ${JSON.stringify(seen)}`;
    throw err;
  }
}

async function continueFrom(page) {
  const before = await page.pathname();
  await page.click('[data-testid="continue"]');
  await page.leftPath(before);
}

/** Drives a shared-house visit with two strong signs from its first question to check your answers. */
async function driveToCheck(page, { onQuestion } = {}) {
  const screens = [];
  for (let guard = 0; guard < 30; guard++) {
    const step = await stepOf(page);
    if (step === 'check') break;
    screens.push(step);
    if (onQuestion) await onQuestion(step);
    const radio = { danger: 'no', setting: 'shared-house', people: '2-5', 'under-18': 'no', consent: 'not-asked' }[step];
    if (radio) await page.check(`input[type="radio"][value="${radio}"]`);
    if (step === 'place') {
      await page.fill('#location', '12 Engine Street');
      await page.check('input[type="radio"][value="england-wales"]');
    }
    if (step.startsWith('observe-')) {
      let ticked = 0;
      for (const sign of ['living-mattresses-most-rooms', 'control-id-held-by-other']) {
        const selector = `input[type="checkbox"][value="${sign}"]`;
        if (await page.count(selector)) {
          await page.check(selector);
          ticked++;
        }
      }
      if (!ticked) await page.check('input[type="checkbox"][value="none"]');
    }
    await continueFrom(page);
  }
  assert.equal(await stepOf(page), 'check', `reached check your answers (through ${screens.join(' > ')})`);
  return screens;
}

/** Waits until a service worker controls the page and the app says it is kept for offline use. */
async function waitUntilKeptOffline(page) {
  await page.until(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000, what: 'a service worker to control the page' });
  await page.until(() => document.querySelector('[data-testid="offline-status"]')?.getAttribute('data-readiness') === 'ready', null, {
    timeout: 30_000,
    what: 'the app to say it is ready offline',
  });
}

async function turnOnLock(page) {
  await page.open('/settings');
  await page.fill('#new-passphrase', PASSPHRASE);
  await page.fill('#confirm-passphrase', PASSPHRASE);
  await page.check('#understood');
  await page.clickText('button', 'Turn on the lock');
  await page.waitFor('[data-testid="lock-on"]', { timeout: 30_000 });
}

async function tryUnlock(page, passphrase) {
  await page.fill('#passphrase', passphrase);
  await page.clickText('button', 'Unlock');
  // The field empties once the answer is in, right or wrong (PBKDF2 takes a moment).
  await page.until(() => {
    const field = document.querySelector('#passphrase');
    return !field || field.value === '';
  }, null, { timeout: 30_000, what: 'the passphrase to be checked' });
}

/** Every value in the origin's localStorage, joined. */
const everythingStored = (page) =>
  page.session.evaluate(() => {
    const values = [];
    for (let i = 0; i < localStorage.length; i++) values.push(localStorage.key(i), localStorage.getItem(localStorage.key(i)));
    return values.join('\n');
  });

/**
 * Registers the journeys for one engine. `launch` is a driver's launch();
 * `cannot` maps a journey id to the reason it cannot run in this engine.
 */
export function defineJourneys(launch, { cannot = {} } = {}) {
  for (const id of Object.keys(cannot)) assert.ok(JOURNEYS.includes(id), `unknown journey "${id}" in cannot`);
  // root: what is served, dist/ itself or a copy carrying the console probe.
  const ctx = { engine: null, server: null, root: DIST, probed: null };
  before(async () => {
    ctx.engine = await launch();
    if (ctx.engine.consoleProbe) {
      ctx.probed = await probedCopy(DIST);
      ctx.root = ctx.probed.root;
    }
    ctx.server = await startDistServer(ctx.root);
  });
  after(async () => {
    await ctx.engine?.close();
    await ctx.server?.close();
    await ctx.probed?.remove();
  });

  /** Runs `body(page)` in a fresh session against `baseUrl` (the dist/ server by default). */
  async function inSession(body, baseUrl = ctx.server.url) {
    const session = await ctx.engine.newSession();
    const page = new AppPage(session, baseUrl);
    try {
      await body(page);
    } catch (err) {
      if (session.output) err.message += `\n--- ${ctx.engine.name} output ---\n${session.output().slice(-4000)}`;
      throw err;
    } finally {
      await session.close().catch(() => {});
    }
  }

  const journey = (id, name, body) => it(name, { timeout: TIMEOUT, skip: cannot[id] ?? false }, (t) => body(t));

  describe('core journeys', () => {
    journey('deep-links', 'every route opens from a deep link with its title and no console error; axe 0 on the home page and a topic', () =>
      inSession(async (page) => {
        await page.open('/');
        await page.assertConsoleHeard();
        await page.assertAxe('/');
        await page.open('/sense');
        const topics = await page.session.evaluate(() => [
          ...new Set([...document.querySelectorAll('main a[href^="/sense/"]')].map((a) => new URL(a.href).pathname)),
        ]);
        assert.ok(topics.length >= 5, `the library lists its topics: ${topics}`);
        await page.open('/train');
        const slide = await page.session.evaluate(() => document.querySelector('a[href^="/train/course/"]')?.getAttribute('href'));
        assert.ok(slide, 'Train links to the course\u2019s slides');
        for (const route of [...ROUTES, ...topics, slide]) {
          await page.open(route);
          const title = await page.titleMatching(/ Sense it\. Spot it\. Stop it\.$/);
          assert.ok(title.endsWith(APP_TITLE) && !title.startsWith('Page not found'), `${route}: title "${title}"`);
          assert.ok((await page.count('[aria-label="Get help now"] a[href="tel:999"]')) >= 1, `${route}: "Get help now" with 999`);
          await page.assertClean(route);
        }
        await page.open('/sense/what-is-trafficking');
        await page.assertAxe('a topic');
        await page.open('/no-such-page');
        assert.match(await page.titleMatching(/^Page not found/), /^Page not found/);
        await page.assertClean('/no-such-page');
      }),
    );

    journey('visit', 'a whole visit to the result (axe 0 on a question page and the result), with notes that survive a reload', () =>
      inSession(async (page) => {
        const id = await startVisit(page);
        const screens = await driveToCheck(page, {
          onQuestion: async (step) => {
            if (step === 'danger' || step === 'observe-living') await page.assertAxe(`question ${step}`);
          },
        });
        assert.ok(screens.includes('consent'), `an adult visit walks every branch: ${screens.join(' > ')}`);
        const notes = 'Two mattresses in the front room.\nPassports held by the landlord.';
        await writeNotes(page, id, notes);
        await page.click('[data-testid="see-result"]');
        await page.until(() => location.pathname.endsWith('/result'), null, { what: 'the result' });
        await page.waitForApp();
        assert.equal(await page.attribute('[data-testid="level"]', 'data-level'), 'high');
        await page.assertAxe('the result');
        await page.assertClean('the visit');

        await page.open(`/spot/visit/${id}/check`);
        await page.reload();
        await page.waitFor('#general-notes');
        assert.equal(await page.value('#general-notes'), notes, 'the notes survive a reload');
        await page.open(`/spot/visit/${id}/summary`);
        await page.waitFor('[data-testid="summary"]');
        const summary = await page.text('[data-testid="summary"]');
        assert.match(summary, /12 Engine Street/);
        assert.match(summary, /Passports held by the landlord/);
        await page.open(`/spot/visit/${id}/observe-people`);
        assert.equal(await stepOf(page), 'observe-people');
        await page.assertClean('deep links into the visit');
      }),
    );

    journey('export', 'copy and download the referral summary, and what the browser says about keeping storage', (t) =>
      inSession(async (page) => {
        const id = await startVisit(page);
        await writeNotes(page, id, 'Notes for the summary.');
        await page.open(`/spot/visit/${id}/summary`);
        await page.waitFor('[data-testid="summary"]');
        // Opened by a plain-http address on a network, a page has no navigator.clipboard at all.
        await page.session.evaluate(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }) && null);
        await page.click('[data-testid="copy"]');
        assert.equal(
          await page.until(() => document.querySelector('[data-testid="export-message"]')?.textContent.trim(), null, { what: 'a message after Copy with no clipboard' }),
          'The browser did not allow copying. Select the text and copy it instead.',
        );
        await page.reload();
        await page.waitFor('[data-testid="summary"]');
        // With the clipboard, each engine answers in its own way; the app must say what happened either way.
        await page.click('[data-testid="copy"]');
        const copied = await page.until(() => document.querySelector('[data-testid="export-message"]')?.textContent.trim(), null, {
          what: 'a message after Copy',
        });
        assert.match(copied, /^(Copied\. Paste it where you need it\.|The browser did not allow copying\. Select the text and copy it instead\.)$/);
        t.diagnostic(`${ctx.engine.name} copy: ${copied}`);
        await page.click('[data-testid="download-txt"]');
        await page.until((before) => {
          const m = document.querySelector('[data-testid="export-message"]')?.textContent.trim();
          return m && m !== before;
        }, copied, { what: 'a message after Download' });
        assert.equal(await page.text('[data-testid="export-message"]'), `Saved as visit-${id}.txt in your downloads.`);
        await page.open('/settings');
        // The app asked navigator.storage.persist() once the visit was saved; Settings says what the browser answered.
        const persisted = await page.session.evaluate(() => (navigator.storage?.persisted ? navigator.storage.persisted() : 'no API'));
        const want = { true: /agreed to keep/, false: /may delete this app's data/ }[persisted] ?? /does not say/;
        const kept = await page.until((re) => {
          const text = document.querySelector('[data-testid="persisted"]')?.textContent.trim();
          return text && new RegExp(re).test(text) ? text : null;
        }, want.source, { what: `the storage line in Settings to match persisted() = ${persisted}` });
        t.diagnostic(`${ctx.engine.name} storage: persisted() = ${persisted}; Settings says "${kept}"`);
        await page.assertClean('export');
      }),
    );

    journey('lock', 'the lock: turned on (PBKDF2), locked on reload, a wrong passphrase refused, unlocked with the notes back', () =>
      inSession(async (page) => {
        const marker = 'MARKER-lock-4471';
        const id = await startVisit(page);
        await writeNotes(page, id, marker);
        assert.ok((await everythingStored(page)).includes(marker), 'without a lock the visit is stored in the clear');
        await turnOnLock(page);
        assert.equal((await everythingStored(page)).includes(marker), false, 'with the lock on the visit is stored sealed');

        await page.session.goto(new URL(`/spot/visit/${id}/check`, page.baseUrl).href);
        await page.waitFor('[data-testid="unlock"]');
        assert.equal(await page.domHas(marker), false, 'locked: the notes are not in the page');
        await tryUnlock(page, 'not the passphrase');
        assert.equal(await page.count('[data-testid="unlock"]'), 1, 'a wrong passphrase leaves it locked');
        await tryUnlock(page, PASSPHRASE);
        await page.waitFor('[data-testid="unlock"]', { gone: true, timeout: 30_000 });
        await page.waitFor('#general-notes');
        assert.equal(await page.value('#general-notes'), marker, 'unlocked: the notes are back');
        await page.assertClean('the lock');
      }),
    );

    journey('quick-exit', 'quick exit by the button and by Shift pressed 3 times: the cover replaces the visit, which is saved', () =>
      inSession(async (page) => {
        const marker = 'MARKER-exit-8812';
        await page.open('/');
        // The quick exit is explained once, on first use; this journey has read it.
        await page.session.evaluate(() => localStorage.setItem('sss.settings.quick-exit-explained', 'yes'));
        const id = await startVisit(page);
        for (const how of ['button', 'Shift x3']) {
          await writeNotes(page, id, `${marker} ${how}`);
          if (how === 'button') {
            await page.click('[data-testid="quick-exit"]');
          } else {
            await page.click('#general-notes');
            for (let i = 0; i < 3; i++) await page.session.press('Shift');
          }
          await page.waitFor('[data-testid="cover"]', { timeout: 5_000 });
          assert.equal(await page.title(), 'Property inspection checklist', `${how}: a neutral title`);
          assert.equal(await page.domHas(marker), false, `${how}: the visit's text is gone from the page`);
          assert.equal(await page.pathname(), '/', `${how}: the address no longer names the visit`);
          const saved = await page.session.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').general_notes, `sss.visit.${id}`);
          assert.equal(saved, `${marker} ${how}`, `${how}: the notes were saved on the way out`);
          await page.assertAxe(`the cover (${how})`);
          await page.clickText('button', 'Close checklist');
          await page.waitForApp();
          await page.open(`/spot/visit/${id}/check`);
        }
        await page.assertClean('quick exit');
      }),
    );

    journey('offline', 'offline after one load: with the server stopped, a topic and a visit open again', async () => {
      const server = await startDistServer(ctx.root);
      let stopped = false;
      try {
        await inSession(async (page) => {
          await page.open('/');
          await waitUntilKeptOffline(page);
          const id = await startVisit(page);
          await writeNotes(page, id, 'Written before the network went.');
          await server.close();
          stopped = true;
          const refused = await fetch(`${server.url}/`).then(() => false, () => true);
          assert.ok(refused, 'the server is really gone');

          await page.open('/sense/what-is-trafficking');
          assert.match(await page.text('main h1'), /\S/);
          assert.ok((await page.count('main a, main p')) > 3, 'the topic\u2019s text is shown');
          await page.open(`/spot/visit/${id}/check`);
          await page.waitFor('#general-notes');
          assert.equal(await page.value('#general-notes'), 'Written before the network went.');
          await page.open(`/spot/visit/${id}/summary`);
          await page.waitFor('[data-testid="summary"]');
          assert.match(await page.text('[data-testid="summary"]'), /Written before the network went/);
          await page.reload();
          await page.waitFor('[data-testid="summary"]');
          await page.assertClean('offline');
        }, server.url);
      } finally {
        if (!stopped) await server.close();
      }
    });

    journey('update', 'a new build: the banner offers it, nothing reloads by itself, and Reload keeps every word typed', async () => {
      const site = await mkdtemp(path.join(os.tmpdir(), 'sss-engines-'));
      const server = await (async () => {
        await cp(ctx.root, site, { recursive: true });
        return startDistServer(site);
      })();
      const sw = await readFile(path.join(ctx.root, 'sw.js'), 'utf8');
      const index = await readFile(path.join(ctx.root, 'index.html'), 'utf8');
      const app = await readFile(path.join(ctx.root, 'app.html'), 'utf8');
      const id = sw.match(/const BUILD_ID\s*=\s*"([^"]+)"/)?.[1];
      assert.ok(id, 'sw.js carries a build id');
      try {
        await inSession(async (page) => {
          await page.open('/');
          await waitUntilKeptOffline(page);
          const visit = await startVisit(page);
          await writeNotes(page, visit, 'Typed on build A.');

          // Build B: build A with another id in sw.js and a marker in index.html
          // (as tests/browser/offline.test.mjs makes it; no second cargo build).
          await writeFile(path.join(site, 'sw.js'), sw.replace(/(const BUILD_ID\s*=\s*)"[^"]+"/, (_m, decl) => `${decl}"${id}-b"`));
          // A visit's address is answered with app.html (prerendered builds),
          // so both shells carry the marker, and their stale precompressed
          // copies go, as a deploy replaces them.
          for (const [name, body] of [['index.html', index], ['app.html', app]]) {
            await writeFile(path.join(site, name), body.replace('<head>', '<head><meta name="sss-test-build" content="B">'));
            for (const ext of ['.gz', '.br']) await rm(path.join(site, name + ext), { force: true });
          }
          // Opening the app again is how a tablet hears of a new build: the
          // browser looks at sw.js on every navigation. Build A still shows.
          await page.reload();
          await page.waitFor('[data-testid="update-banner"]', { timeout: 30_000 });
          assert.equal(await page.count('meta[name="sss-test-build"]'), 0, 'build A still runs while B waits');
          assert.match(await page.text('[data-testid="update-banner"]'), /A new version is ready/);
          await page.assertAxe('the update banner');
          await page.session.evaluate(() => {
            window.__sameDocument = true;
          });
          const notes = 'Typed on build A. And a last line just before Reload.';
          await page.fill('#general-notes', notes);
          // Nothing reloads by itself: this document is still the one marked.
          assert.equal(await page.session.evaluate(() => window.__sameDocument === true), true);
          await page.clickText('[data-testid="update-banner"] button', 'Reload');
          await page.until(() => document.querySelector('meta[name="sss-test-build"]')?.content === 'B', null, {
            timeout: 30_000,
            what: 'build B to be running',
          });
          await page.waitForApp();
          await page.waitFor('#general-notes');
          assert.equal(await page.value('#general-notes'), notes, 'every word typed survived the reload into B');
          assert.equal(await page.pathname(), `/spot/visit/${visit}/check`);
          await page.until((name) => caches.keys().then((k) => k.length === 1 && k[0] === name), `sss-app-${id}-b`, {
            what: "only build B's cache to be left",
          });
          await page.assertClean('the update');
        }, server.url);
      } finally {
        await server.close();
        await rm(site, { recursive: true, force: true });
      }
    });

    journey('workshop', "the workshop's two windows: the audience window follows the presenter (BroadcastChannel), axe 0 on both; the course's Next brings the next slide's questions, which answer", () =>
      inSession(async (page) => {
        await page.open('/train');
        await page.click('[data-testid="facilitator-mode"]');
        await page.until(() => location.pathname === '/train/present', null, { what: 'the presenter view' });
        await page.waitForApp();
        assert.equal(await page.text('main h1'), 'Presenter view');
        const total = Number((await page.text('[data-testid="present-position"]')).match(/^1 of (\d+)$/)?.[1]);
        assert.ok(total > 2, 'the presenter shows "1 of N"');
        await page.assertAxe('the presenter view');
        // The second window, in the same profile, as "Open the audience window" makes it.
        const audience = new AppPage(await page.session.openWindow(new URL('/train/audience', page.baseUrl).href), page.baseUrl);
        try {
          await audience.waitForApp();
          const liveTitle = () => audience.until(() => document.querySelector('[data-testid="live-title"]')?.innerText.trim(), null, { what: 'the slide title on the audience window' });
          assert.equal(await liveTitle(), await page.text('[data-testid="live-title"]'), 'both windows start on the same slide');
          await audience.assertAxe('the audience window');
          await audience.session.evaluate(() => {
            window.__sameDocument = true;
          });
          // Arrow keys on the presenter move the audience window too, with no reload there.
          for (const [key, position] of [['ArrowRight', 2], ['ArrowRight', 3], ['ArrowLeft', 2]]) {
            await page.click('main h1');
            await page.session.press(key);
            await page.until((want) => document.querySelector('[data-testid="present-position"]')?.textContent.trim() === want, `${position} of ${total}`, {
              what: `the presenter at slide ${position}`,
            });
            const want = await page.text('[data-testid="live-title"]');
            await audience.until((w) => document.querySelector('[data-testid="live-title"]')?.innerText.trim() === w, want, {
              what: `the audience window to show "${want}" (${key})`,
            });
          }
          // B blanks the room's screen, and B again brings it back.
          await page.session.press('b');
          await audience.waitFor('[data-testid="live-blank"]');
          await page.session.press('b');
          await audience.waitFor('[data-testid="live-blank"]', { gone: true });
          await audience.waitFor('[data-testid="live-title"]');
          assert.equal(await audience.session.evaluate(() => window.__sameDocument === true), true, 'the audience window followed without reloading');
          await audience.assertAxe('the audience window after moving');
          await audience.assertClean('the audience window');
        } finally {
          await audience.session.close();
        }
        // One window alone still works, and a reload resumes where the session was.
        await page.click('main h1');
        await page.session.press('ArrowRight');
        await page.until((want) => document.querySelector('[data-testid="present-position"]')?.textContent.trim() === want, `3 of ${total}`, { what: 'slide 3 with one window' });
        await page.reload();
        assert.equal(await page.text('[data-testid="present-position"]'), `3 of ${total}`, 'a reload resumes the session');
        // The self-paced course: Next moves in the next slide's questions,
        // built while the slide before was read (src/ui/train/slide_parts.rs),
        // and they answer.
        const { before, quiz, items } = await firstQuizSlide();
        await page.open(before);
        await new Promise((r) => setTimeout(r, 800));
        await page.click('[data-testid="next-slide"]');
        await page.until((t) => document.querySelector('main h1')?.textContent === t, quiz.title, { what: `"${quiz.title}" after Next` });
        assert.equal(await page.count('main [data-testid="quiz"]'), quiz.quiz.length, 'the slide\u2019s questions came with it');
        const item = quiz.quiz[0];
        await page.check(`form[data-item="${item}"] input[value="${items[item].answer}"]`);
        await page.click(`form[data-item="${item}"] button[type="submit"]`);
        await page.waitFor(`form[data-item="${item}"] [data-testid="quiz-feedback"]`);
        assert.match(await page.text(`form[data-item="${item}"] [data-testid="quiz-feedback"]`), /^Right\./);
        await page.assertClean('the workshop');
      }),
    );

    journey('chain', 'a Chain Checker run: every theme answered, the results and the board report, axe 0 on a question page and the results', () =>
      inSession(async (page) => {
        await page.open('/chain');
        await page.fill('#chain-organisation', 'Engine Foods');
        await page.clickText('button', 'Start a new check');
        await page.until(() => /^\/chain\/check\/[^/]+\/exposure$/.test(location.pathname), null, { what: 'the first step' });
        await page.waitForApp();
        const id = (await page.pathname()).split('/')[3];
        // Exposure: the first option of every question (a high-risk sector, and lending, so the finance theme too).
        const exposure = await page.session.evaluate(() => [...document.querySelectorAll('input[type="checkbox"], input[type="radio"]')].map((i) => i.id).filter((i) => /^A\d+$/.test(i)));
        assert.ok(exposure.length >= 5, `the exposure questions: ${exposure}`);
        for (const q of exposure) await page.check(`#${q}`);
        await page.assertAxe('the exposure step');
        await continueFrom(page);
        const themes = [];
        const answered = [];
        for (let guard = 0; guard < 20; guard++) {
          const step = await stepOf(page);
          if (step === 'results') break;
          themes.push(step);
          if (step !== 'act-now') {
            const questions = await page.session.evaluate(() => [...document.querySelectorAll('[data-question]')].map((e) => e.dataset.question));
            assert.ok(questions.length >= 4, `${step} has its questions`);
            // The first answer of each: the best practice, or "No" to a red flag.
            for (const q of questions) await page.check(`[data-question="${q}"] input[type="radio"]`);
            answered.push(...questions);
            if (themes.length === 1) await page.assertAxe(`the theme ${step}`);
          }
          await continueFrom(page);
        }
        assert.equal(await stepOf(page), 'results', `reached the results (through ${themes.join(' > ')})`);
        assert.ok(themes.includes('finance'), `lending brings the finance theme: ${themes.join(' > ')}`);
        assert.equal(await page.count('[data-testid="theme-table"] tbody tr'), themes.filter((t) => t !== 'act-now').length, 'a row per theme');
        const band = await page.text('[data-testid="band"]');
        assert.match(band, /\S/);
        assert.equal(await page.text('[data-testid="exposure"]'), 'High');
        await page.assertAxe('the results');
        const stored = await page.session.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.check?.answers ?? null, `sss.chain.${id}`);
        assert.deepEqual(answered.filter((q) => !(q in (stored ?? {}))), [], 'every answer is stored on the device');
        await page.reload();
        assert.equal(await page.text('[data-testid="band"]'), band, 'the results survive a reload');
        await page.clickText('a, button', 'See the board report');
        await page.until(() => location.pathname.endsWith('/report'), null, { what: 'the board report' });
        await page.waitForApp();
        assert.match(await page.text('main'), /board report: Engine Foods/i);
        await page.assertClean('the Chain Checker');
      }),
    );
  });
}
