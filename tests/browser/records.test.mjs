// Spot it: visit records kept only on the device. Autosave through reloads
// and crashes, damaged storage, full storage, two tabs, untrusted text, and
// wiping everything.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertNoPageErrors,
  fillStorageQuota,
  newPage,
  nextFrame,
  poll,
  waitForApp,
  useBrowserSuite,
  withSeed,
} from './helpers.mjs';

const TEST_TIMEOUT = 240_000;
const suite = useBrowserSuite();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const stepOf = (page) => new URL(page.url()).pathname.split('/').pop();

async function open(path = '/', context) {
  const page = context ? await context.newPage() : await newPage(suite.browser, suite.server.url, { viewport: { width: 820, height: 1180 } });
  await page.goto(path);
  await waitForApp(page);
  return page;
}

/** Starts a visit and goes to the check page, where the general notes are. */
async function visitAtCheck(page) {
  await page.getByRole('button', { name: 'Start a visit' }).click();
  await poll(() => stepOf(page) === 'danger');
  await waitForApp(page);
  const id = new URL(page.url()).pathname.split('/')[3];
  await page.goto(`/spot/visit/${id}/check`);
  await waitForApp(page);
  await page.locator('#general-notes').waitFor();
  return id;
}

const stored = (page, id) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  }, `sss.visit.${id}`);

/** Waits until the autosave has written what `check(visit)` looks for. */
async function untilStored(page, id, check) {
  const ok = await poll(async () => {
    const v = await stored(page, id);
    return v !== null && check(v);
  });
  assert.ok(ok, `the autosave did not write the change: ${JSON.stringify(await stored(page, id))}`);
}

describe('autosave never loses what was typed', () => {
  it('20 reloads at random moments while typing: everything typed before the reload is kept', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      await withSeed('reload moments', async (random) => {
      const id = await visitAtCheck(page);
      let expected = '';
      for (let round = 0; round < 20; round++) {
        const chunk = `round ${round} typed words. `;
        const typing = page.locator('#general-notes').pressSequentially(chunk, { delay: 15 }).catch(() => {});
        await sleep(Math.floor(random() * chunk.length * 15));
        const beforeReload = await page.locator('#general-notes').inputValue().catch(() => null);
        await page.reload();
        await typing;
        await waitForApp(page);
        const after = await page.locator('#general-notes').inputValue();
        assert.ok(beforeReload !== null, 'read the text before reloading');
        assert.ok(after.startsWith(beforeReload), `round ${round}: lost text.\nbefore: ${JSON.stringify(beforeReload)}\nafter:  ${JSON.stringify(after)}`);
        assert.ok(after.startsWith(expected), `round ${round}: earlier rounds' text is intact`);
        expected = after;
        // Carry on typing at the end of what was kept.
        await page.locator('#general-notes').press('End');
      }
      // The last round's keys can land in the reloaded page's field after
      // `after` was read, so give the 300 ms autosave time to catch up.
      await poll(async () => (await stored(page, id)).general_notes === expected, { timeout: 3_000 });
      assert.equal((await stored(page, id)).general_notes, expected);
      assertNoPageErrors(page);
      });
    } finally {
      await page.close();
    }
  });

  it('a crash (no pagehide) keeps everything the autosave wrote while the typing went on', { timeout: TEST_TIMEOUT }, async () => {
    const context = await suite.browser.newContext({ baseURL: suite.server.url, viewport: { width: 820, height: 1180 } });
    try {
      await withSeed('crash moments', async (random) => {
      let page = await open('/', context);
      const id = await visitAtCheck(page);
      for (let round = 0; round < 5; round++) {
        const typing = page.locator('#general-notes').pressSequentially('crash test words that keep coming ', { delay: 20 }).catch(() => {});
        await sleep(150 + Math.floor(random() * 300));
        const safe = await page.locator('#general-notes').inputValue();
        // The autosave has had its chance: what was typed by then is stored.
        await untilStored(page, id, (v) => v.general_notes.startsWith(safe));
        const cdp = await context.newCDPSession(page);
        // A crashed renderer never answers: do not wait on it.
        await Promise.race([cdp.send('Page.crash').catch(() => {}), sleep(1000)]);
        await Promise.race([typing, sleep(1000)]);
        await Promise.race([page.close().catch(() => {}), sleep(1000)]);
        page = await open(`/spot/visit/${id}/check`, context);
        const after = await page.locator('#general-notes').inputValue();
        assert.ok(after.startsWith(safe), `round ${round}: text saved before the crash was lost.\nsafe:  ${JSON.stringify(safe)}\nafter: ${JSON.stringify(after)}`);
        await page.locator('#general-notes').press('End');
      }
      });
    } finally {
      await context.close();
    }
  });
});

// Values planted under the app's keys before it starts.
const CORPUS = {
  truncated: '{"version":1,"id":"truncated","created_ms":1,"updated_ms":2,"practice":fal',
  wrongTypes: '{"version":1,"id":"wrongTypes","created_ms":"yesterday","updated_ms":[],"practice":1}',
  futureVersion: '{"version":99,"id":"futureVersion","something":"new"}',
  randomBytes: '\u0000\u00ff\u1234\ud7ff garbage \u0007 {[',
  notAnObject: '[1,2,3]',
  empty: '',
};

describe('damaged storage never stops the app, and nothing is dropped', () => {
  for (const [name, raw] of Object.entries(CORPUS)) {
    it(`${name}: the app starts, says so, and keeps the value aside`, { timeout: TEST_TIMEOUT }, async () => {
      const page = await newPage(suite.browser, suite.server.url, {});
      try {
        await page.goto('/settings');
        await waitForApp(page);
        await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`sss.visit.${name}`, raw]);
        await page.reload();
        await waitForApp(page);
        assert.match(await page.getByTestId('notices').innerText(), /could not be read/);
        const keys = await page.evaluate(() => Object.keys(localStorage));
        const qkey = keys.find((k) => k.startsWith('sss.quarantine.') && k.endsWith(`sss.visit.${name}`));
        assert.ok(qkey, `quarantined under a sss.quarantine.* key: ${keys}`);
        assert.equal(await page.evaluate((k) => localStorage.getItem(k), qkey), raw, 'kept byte for byte');
        assert.ok(!keys.includes(`sss.visit.${name}`));
        assert.match(await page.getByTestId('damaged-count').innerText(), /1 saved item/);
        assertNoPageErrors(page);
      } finally {
        await page.close();
      }
    });
  }

  it('a 4 MB value and a damaged index: the app starts, and the big value is kept', { timeout: TEST_TIMEOUT }, async () => {
    const page = await newPage(suite.browser, suite.server.url, {});
    try {
      await page.goto('/');
      await waitForApp(page);
      await page.evaluate(() => {
        localStorage.setItem('sss.visit.huge', 'x'.repeat(4 * 1024 * 1024));
        localStorage.setItem('sss.visits.index', '{not json');
      });
      await page.reload();
      await waitForApp(page);
      assert.match(await page.getByTestId('notices').innerText(), /could not be read/);
      const kept = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.endsWith('sss.visit.huge')).map((k) => localStorage.getItem(k).length),
      );
      assert.deepEqual(kept, [4 * 1024 * 1024]);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('full storage', () => {
  it('shows the error by the save status and leaves the last good copy untouched', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const id = await visitAtCheck(page);
      await page.locator('#general-notes').fill('first saved words');
      await poll(async () => (await stored(page, id))?.general_notes === 'first saved words');
      // Fill the rest of the origin's quota with someone else's data.
      await fillStorageQuota(page);
      await page.locator('#general-notes').fill(`first saved words ${'and a long new paragraph '.repeat(400)}`);
      await poll(async () => /Not saved/.test(await page.getByTestId('save-status').innerText()), { timeout: 5000 });
      assert.match(await page.getByTestId('save-status').innerText(), /full/);
      assert.equal((await stored(page, id)).general_notes, 'first saved words', 'the last good copy is intact');
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
      await page.locator('#general-notes').press('End');
      await page.locator('#general-notes').pressSequentially('!');
      await poll(async () => /Saved on this device/.test(await page.getByTestId('save-status').innerText()), { timeout: 5000 });
      assert.match((await stored(page, id)).general_notes, /long new paragraph.*!$/s);
    } finally {
      await page.close();
    }
  });
});

describe('two tabs on one visit', () => {
  it("a tab follows the other tab's saved changes, and a clash is shown, never silent", { timeout: TEST_TIMEOUT }, async () => {
    const context = await suite.browser.newContext({ baseURL: suite.server.url, viewport: { width: 820, height: 1180 } });
    try {
      const a = await open('/', context);
      const id = await visitAtCheck(a);
      await poll(async () => (await stored(a, id)) !== null);
      const b = await open(`/spot/visit/${id}/check`, context);
      await a.locator('#general-notes').fill('written in tab A');
      await poll(async () => (await b.locator('#general-notes').inputValue()) === 'written in tab A', { timeout: 5000 });

      // B starts typing; before B's save is due, A's newer copy arrives.
      // B's clock is paused, so its save cannot come first on a slow machine.
      await b.clock.install();
      await b.clock.pauseAt(Date.now() + 1000);
      await b.locator('#general-notes').press('End');
      await b.locator('#general-notes').pressSequentially(' then B');
      await a.evaluate((key) => {
        const v = JSON.parse(localStorage.getItem(key));
        v.general_notes = 'A changed it again';
        localStorage.setItem(key, JSON.stringify(v));
      }, `sss.visit.${id}`);
      await b.getByTestId('conflict').waitFor({ timeout: 5000 });
      assert.match(await b.getByTestId('save-status').innerText(), /changed in another tab/);
      // B's save falls due now: it must not overwrite A's copy.
      await b.clock.runFor(1_000);
      assert.equal((await stored(b, id)).general_notes, 'A changed it again', 'B did not overwrite A while the clash was open');
      await b.getByRole('button', { name: "Keep this tab's version" }).click();
      await b.clock.resume();
      await poll(async () => (await stored(b, id)).general_notes === 'written in tab A then B');
    } finally {
      await context.close();
    }
  });
});

// Fifty ways to try to run script from a note.
const XSS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<iframe src="javascript:window.parent.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">click</a>',
  'javascript:window.__xss=1',
  '<body onload=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror=window.__xss=1>',
  '<input autofocus onfocus=window.__xss=1>',
  '<select autofocus onfocus=window.__xss=1>',
  '<textarea autofocus onfocus=window.__xss=1>',
  '<marquee onstart=window.__xss=1>',
  '<object data="javascript:window.__xss=1">',
  '<embed src="javascript:window.__xss=1">',
  '<math><mtext><img src=x onerror=window.__xss=1></mtext></math>',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<link rel=stylesheet href="javascript:window.__xss=1">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="javascript:window.__xss=1//">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<isindex action=javascript:window.__xss=1 type=image>',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<img src="x" onerror="&#119;indow.__xss=1">',
  '<img src=x onerror=\\u0077indow.__xss=1>',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<SCRIPT SRC=//example.invalid/x.js></SCRIPT>',
  '<img src=`x`onerror=window.__xss=1>',
  '<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:window.__xss=1"><text x="20" y="20">x</text></a></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x onload=window.__xss=1>#x"/></svg>',
  '<img srcset="x" onerror="window.__xss=1">',
  '<picture><source srcset="x"><img src=x onerror=window.__xss=1></picture>',
  '<template><script>window.__xss=1</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '<![CDATA[<script>window.__xss=1</script>]]>',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '[click](javascript:window.__xss=1)',
  '![x](javascript:window.__xss=1)',
  '<a href="data:text/html,<script>window.__xss=1</script>">x</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<keygen autofocus onfocus=window.__xss=1>',
  '<button formaction="javascript:window.__xss=1">x</button>',
  '<div onpointerover="window.__xss=1">hover</div>',
];

/** Starts recording every change to the page's elements (attributes, text,
 *  added or removed nodes), except inside the save status. */
function watchMutations(page) {
  return page.evaluate(() => {
    const describe = (node) => {
      const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      if (!el) return String(node.nodeName);
      const name = el.id ? `#${el.id}` : el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : el.className ? `.${String(el.className).split(' ')[0]}` : '';
      return `${el.tagName.toLowerCase()}${name}`;
    };
    window.__mutations = [];
    window.__statusMutations = 0;
    window.__observer?.disconnect();
    window.__observer = new MutationObserver((records) => {
      for (const r of records) {
        const inStatus = (r.target.nodeType === Node.ELEMENT_NODE ? r.target : r.target.parentElement)?.closest('[data-testid="save-status"]');
        if (inStatus) window.__statusMutations++;
        else window.__mutations.push(`${r.type} on ${describe(r.target)}${r.attributeName ? ` (${r.attributeName})` : ''}${r.addedNodes.length ? `, added ${[...r.addedNodes].map(describe).join(' ')}` : ''}${r.removedNodes.length ? `, removed ${[...r.removedNodes].map(describe).join(' ')}` : ''}`);
      }
    });
    window.__observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Types into a note, waits for the autosave to write it, and returns what
 *  changed on the page meanwhile. */
async function typeAndWatch(page, id, selector, text, stored_as) {
  const before = await page.locator(selector).inputValue();
  await watchMutations(page);
  await page.locator(selector).pressSequentially(text, { delay: 15 });
  await untilStored(page, id, (v) => stored_as(v) === before + text);
  await poll(() => page.getByTestId('save-status').innerText().then((t) => /^Saved/.test(t)));
  return page.evaluate(() => {
    window.__observer.disconnect();
    return { outside: window.__mutations, status: window.__statusMutations };
  });
}

describe('a keystroke changes only what it must', () => {
  it('typing a note changes nothing on the page but the note and the save status: an observation screen and Check your answers', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const id = await visitAtCheck(page);
      // Answers, so Check your answers has rows to show, one of them with a note.
      await page.goto(`/spot/visit/${id}/danger`);
      await waitForApp(page);
      await page.locator('input[type="radio"][value="no"]').check();
      await page.goto(`/spot/visit/${id}/setting`);
      await waitForApp(page);
      await page.locator('input[type="radio"][value="shared-house"]').check();
      await page.goto(`/spot/visit/${id}/observe-people`);
      await waitForApp(page);
      await page.locator('#group-note').fill('Seen at the door. ');
      await untilStored(page, id, (v) => v.notes.People === 'Seen at the door. ');

      const onScreen = await typeAndWatch(page, id, '#group-note', 'Two mattresses in the hall.', (v) => v.notes.People);
      assert.deepEqual(onScreen.outside, [], 'typing on the observation screen changed the page outside the note');
      assert.ok(onScreen.status > 0, 'the save status showed the save (so the watch saw changes)');

      await page.goto(`/spot/visit/${id}/check`);
      await waitForApp(page);
      const rows = await page.locator('[data-testid="check-answers"] .app-summary-list__row').count();
      assert.ok(rows >= 3, `Check your answers shows rows (${rows})`);
      assert.match(await page.getByTestId('check-answers').innerText(), /Two mattresses in the hall\./);
      const onCheck = await typeAndWatch(page, id, '#general-notes', 'Left a leaflet.', (v) => v.general_notes);
      assert.deepEqual(onCheck.outside, [], 'typing the general notes changed the page outside them (rows rebuilt?)');
      assert.ok(onCheck.status > 0, 'the save status showed the save (so the watch saw changes)');
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('text typed into a visit is only ever text', () => {
  it('50 XSS payloads in the location and notes run nowhere: list, summary, print view', { timeout: TEST_TIMEOUT }, async () => {
    assert.equal(XSS.length, 50);
    const page = await open('/');
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    try {
      const id = await visitAtCheck(page);
      await page.locator('#general-notes').fill(XSS.join('\n'));
      await page.goto(`/spot/visit/${id}/place`);
      await waitForApp(page);
      await page.locator('#location').fill(XSS.slice(0, 25).join(' '));
      await page.goto(`/spot/visit/${id}/observe-people`);
      await waitForApp(page);
      await page.locator('#group-note').fill(XSS.slice(25).join('\n'));
      await untilStored(page, id, (v) => v.notes.People === XSS.slice(25).join('\n'));
      for (const path of ['/spot', `/spot/visit/${id}/check`, `/spot/visit/${id}/summary`]) {
        await page.goto(path);
        await waitForApp(page);
        await page.mouse.move(200, 400);
        await page.emulateMedia({ media: 'print' });
        await nextFrame(page);
        await page.emulateMedia({ media: 'screen' });
        assert.equal(await page.evaluate(() => window.__xss), undefined, `script ran on ${path}`);
      }
      const summary = await page.getByTestId('summary').innerText();
      assert.ok(summary.includes('<script>window.__xss=1</script>'), 'payloads are shown as text');
      assert.equal(await page.locator('main img, main iframe, main svg script, main object, main embed').count(), 0);
      assert.deepEqual(dialogs, []);
      assertNoPageErrors(page);
    } finally {
      await page.close();
    }
  });
});

describe('visits on this device', () => {
  it('are listed newest first, resume where they were left, and delete only after confirmation', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const first = await visitAtCheck(page);
      await page.goto('/');
      await waitForApp(page);
      const second = await visitAtCheck(page);
      await page.locator('#general-notes').fill('second visit');
      await untilStored(page, second, (v) => v.general_notes === 'second visit');
      await page.goto('/spot');
      await waitForApp(page);
      const links = await page.locator('.app-visit-list__link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.equal(links.length, 2);
      assert.ok(links[0].includes(second) && links[1].includes(first), `newest first: ${links}`);
      await page.locator('.app-visit-list__item').first().getByTestId('delete').click();
      assert.equal(await page.locator('.app-visit-list__link').count(), 2, 'nothing deleted before confirming');
      await page.getByTestId('confirm-delete').click();
      await poll(async () => (await page.locator('.app-visit-list__link').count()) === 1);
      assert.equal(await stored(page, second), null);
      await page.locator('.app-visit-list__link').first().click();
      await poll(() => page.url().includes(first));
      assert.equal(stepOf(page), 'danger', 'resumes at the first unanswered question');
    } finally {
      await page.close();
    }
  });

  it('"Wipe everything" removes every key the app wrote, and nothing else', { timeout: TEST_TIMEOUT }, async () => {
    const page = await open('/');
    try {
      const id = await visitAtCheck(page);
      await page.locator('#general-notes').fill('to be wiped');
      await untilStored(page, id, (v) => v.general_notes === 'to be wiped');
      await page.evaluate(() => {
        localStorage.setItem('sss.quarantine.1.sss.visit.x', 'old');
        localStorage.setItem('another-app', 'keep me');
      });
      await page.goto('/settings');
      await waitForApp(page);
      await page.locator('input[name="nation"][value="scotland"]').check();
      await page.getByTestId('wipe').click();
      await page.getByTestId('confirm').click();
      const keys = await page.evaluate(() => Object.keys(localStorage));
      assert.deepEqual(keys.filter((k) => k.startsWith('sss.')), []);
      assert.ok(keys.includes('another-app'));
    } finally {
      await page.close();
    }
  });
});
