// Starts the app without an inline script, so the Content-Security-Policy can
// forbid inline code. trunk writes the hashed file names into the two metas.
//
// Pages are prerendered by the build (scripts/post-build.sh): the page is on
// screen, readable, before any of the app's code arrives. The app draws
// itself into the hidden #app-root; once its page is complete (its heading
// is there and nothing is still loading) the two trees are swapped in one
// frame, keeping the scroll position, the focus and any opened <details>, so
// nothing visibly moves.
const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
const html = document.documentElement;

const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";
// The app's page may wait for a file or a chunk; after this long it is shown
// as it is (its own "Loading…" or error message) rather than never.
const TAKEOVER_LIMIT_MS = 10000;

function appIsReady(root) {
  if (root.querySelector('main[aria-busy="true"], main [aria-busy="true"]')) return false;
  return root.querySelector("main h1, h1") !== null;
}

/** What identifies a control in both trees: its kind, address and text. */
const signature = (el) => `${el.tagName}|${el.getAttribute("href") ?? ""}|${el.textContent}`;

/** The same control in the app's tree: the nth one with the same signature. */
function counterpart(el, pre, root) {
  const sig = signature(el);
  const nth = [...pre.querySelectorAll(el.tagName)].filter((e) => signature(e) === sig).indexOf(el);
  return [...root.querySelectorAll(el.tagName)].filter((e) => signature(e) === sig)[nth] ?? null;
}

/**
 * The innermost block of the page across the top line of the screen (just
 * under the sticky header), and how far that block starts from the top of
 * the screen. A scrolled reader's place is kept by this block, not by the
 * scroll offset: long pages count blocks not yet shown at an estimated
 * height (content-visibility in style/main.css), so the same offset could
 * show other text. The app's page then lays every block out (app-show-all),
 * so the block is measured where it will stay. It keeps doing so until the
 * next reload, as every page did before blocks could be skipped: letting
 * them be skipped again blanked those on screen for a frame.
 */
function lineAtTop(pre) {
  if (window.scrollY === 0) return null;
  const header = pre.querySelector(".app-header");
  const y = (header ? Math.max(0, header.getBoundingClientRect().bottom) : 0) + 1;
  let block = pre.querySelector("main");
  for (;;) {
    const inner = [...(block?.children ?? [])].find((c) => {
      const r = c.getBoundingClientRect();
      return r.top <= y && r.bottom > y;
    });
    if (!inner) break;
    block = inner;
  }
  return block ? { block, top: block.getBoundingClientRect().top } : null;
}

function swap(pre, root) {
  const x = window.scrollX;
  const y = window.scrollY;
  const line = lineAtTop(pre);
  const lineTwin = line && counterpart(line.block, pre, root);
  const active = pre.contains(document.activeElement) ? document.activeElement : null;
  const focusTarget = active && active.matches(FOCUSABLE) ? counterpart(active, pre, root) : null;
  const opened = [...pre.querySelectorAll("details")].map((d) => d.open);
  if (line) root.classList.add("app-show-all");
  pre.remove();
  root.hidden = false;
  html.classList.remove("app-hold");
  [...root.querySelectorAll("details")].forEach((d, i) => {
    if (opened[i]) d.open = true;
  });
  window.scrollTo(x, y);
  if (lineTwin) window.scrollBy(0, lineTwin.getBoundingClientRect().top - line.top);
  if (focusTarget) focusTarget.focus({ preventScroll: true });
  markReady();
}

// The app's page is on screen. early.js and the tests read the mark; the app
// waits for the event before work that would only compete with showing the
// page, such as the service worker's first install (src/platform/page.rs).
function markReady() {
  html.dataset.app = "ready";
  document.dispatchEvent(new Event("app-ready"));
}

function takeOver() {
  const pre = document.getElementById("prerendered");
  const root = document.getElementById("app-root");
  if (!pre || !root) {
    markReady();
    return;
  }
  const started = performance.now();
  const step = () => {
    // A panic leaves the prerendered page, which is still readable.
    if (document.body.dataset.appError) return failed("the app stopped");
    if (appIsReady(root) || performance.now() - started > TAKEOVER_LIMIT_MS) {
      swap(pre, root);
    } else {
      requestAnimationFrame(step);
    }
  };
  // Checked just before each paint, so the swap and the app's last change
  // reach the screen in the same frame.
  requestAnimationFrame(step);
}

function failed(err) {
  html.classList.add("app-failed");
  html.classList.remove("app-hold");
  const message =
    "The app could not start in this browser. Nothing you entered has been lost: " +
    "try reloading the page. The guidance on this page can still be read. (" + err + ")";
  const main = document.querySelector("#prerendered main") || document.getElementById("app-loading");
  if (!main) return;
  const box = document.createElement("p");
  box.className = "app-notice app-notice--warning";
  box.setAttribute("role", "alert");
  box.textContent = message;
  if (main.id === "app-loading") main.replaceChildren(box);
  else main.prepend(box);
}

// A task of its own: a message posted to a channel runs after the tasks
// already queued, without a timer (a test's paused clock holds timers).
// The channel is held here until its message arrives: a port nothing
// references could be collected with the message still queued (as in
// src/platform/next_task.rs).
let waiting = null;
const nextTask = () =>
  new Promise((resolve) => {
    waiting = new MessageChannel();
    waiting.port1.onmessage = () => {
      waiting.port1.close();
      waiting = null;
      resolve();
    };
    waiting.port2.postMessage(null);
  });

// The wasm, the largest file, is asked for beside the glue rather than by it:
// its request no longer waits for the glue's round trip and evaluation.
// Instantiating the wasm and drawing the app are two tasks, not one: the
// browser can paint and answer input between them, and Lighthouse's total
// blocking time counts each one's time over 50 ms rather than their sum's.
const start = () => {
  const wasm = fetch(meta("app-wasm"));
  // A failed fetch is reported where the glue awaits it; if the glue fails
  // first, this keeps the fetch's failure from being reported as unhandled.
  wasm.catch(() => {});
  return import(meta("app-js"))
    .then((glue) =>
      glue
        .default({ module_or_path: wasm })
        .then(nextTask)
        .then(() => glue.mountApp()),
    )
    .then(takeOver)
    .catch(failed);
};

// A prerendered page is readable as it is, and preloads nothing of the app
// (src/render/shell.rs): its text and styles are painted first, and only then
// is the app fetched, so on a slow connection the wasm does not hold back the
// first paint. The app shell (app.html) has nothing to read without the app:
// it preloads it and starts it at once. A page opened in a background tab
// paints nothing and gets no animation frames until it is shown: it starts at
// once, so the app's start-up is over before the reader looks, rather than
// running as they do.
//
// "Painted" means on screen: the first-contentful-paint entry, which the
// browser records when the frame is presented. An animation frame comes
// before its paint, and a task after it can still come before the frame
// reaches the screen: the app's requests then started before the page was
// shown (Lighthouse saw them 25 ms early) and counted as part of showing it.
// The entry's callback is a task of its own, after the paint: no timer is
// needed, so a page whose timers are held (a test's paused clock) starts
// too. A browser without paint timing starts after the next frame, and a
// page that paints no content within a second.
const afterFirstPaint = (run) => {
  let started = false;
  const once = () => {
    if (!started) {
      started = true;
      run();
    }
  };
  if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length) {
        observer.disconnect();
        once();
      }
    }).observe({ type: "paint", buffered: true });
    setTimeout(once, 1000);
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
};

const readable = document.getElementById("prerendered");
if (readable && !document.hidden) {
  afterFirstPaint(start);
} else {
  start();
}
