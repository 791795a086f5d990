// The service worker: keeps every file of this build on the device so the app
// works with no network, and lets a new build take over only when the user
// says so (the app shows "A new version is ready" and a Reload button).
//
// scripts/sw-precache.mjs (a trunk post_build hook) replaces the two
// placeholders below with this build's id and the list of its files. The id
// changes whenever any file does, so the browser sees a new sw.js for every
// new build.

const BUILD_ID = "__SSS_BUILD_ID__";
const FILES = "__SSS_PRECACHE_FILES__";

const CACHE_PREFIX = "sss-app-";
const CACHE = CACHE_PREFIX + BUILD_ID;
const BASE = new URL(self.registration.scope).pathname;
// The plain app shell (src/render/pages.rs APP_SHELL): every in-app address
// with no prerendered page of its own. The start page is index.html.
const SHELL = BASE + "app.html";
const HOME = BASE + "index.html";

self.addEventListener("install", (event) => {
  // No skipWaiting here: an open page may have notes not yet saved, so a new
  // build waits until the page asks for it (SKIP_WAITING, below).
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // "reload" skips the HTTP cache: a stale copy must never be stored
      // under this build's name.
      cache.addAll(FILES.map((file) => new Request(BASE + file, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      // The first install takes the page that registered it, so it works
      // offline without a reload. A later build gets here only after the
      // user chose Reload (or every tab of the old one was closed).
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "SKIP_WAITING") self.skipWaiting();
});

/** A path the app's router owns: its last segment has no file extension. */
function isAppPath(pathname) {
  if (!pathname.startsWith(BASE)) return false;
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return !last.includes(".");
}

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  return hit ?? fetch(request);
}

/**
 * An in-app address: its prerendered page if the build made one
 * (/sense/the-law is sense/the-law.html, as the servers do), otherwise the
 * app shell, whose router shows the page.
 */
async function page(request, pathname) {
  const cache = await caches.open(CACHE);
  const rel = pathname.slice(BASE.length).replace(/\/+$/, "");
  const own = await cache.match(rel === "" ? HOME : BASE + rel + ".html");
  return own ?? (await cache.match(SHELL)) ?? fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Deep links get their prerendered page (/sense/the-law) or the app shell
  // (/spot/visit/abc/observe), whose router shows the page. Files (robots.txt, favicon.svg, a mistyped .js) never do:
  // they come from the cache or the network as themselves, or fail.
  if (request.mode === "navigate" && isAppPath(url.pathname)) {
    event.respondWith(page(request, url.pathname));
    return;
  }
  event.respondWith(fromCache(request));
});
