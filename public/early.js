// Runs before the first paint (a plain script in <head>, not inline, so the
// CSP can forbid inline code).
//
// 1. Discreet mode. Each page is prerendered with the app's own name; in
//    discreet mode an onlooker must never see it, so the prerendered page is
//    held out of sight until the app draws its discreet version
//    (public/boot.js). Reading storage can fail (privacy settings): then
//    there is no discreet setting to honour.
//
// 2. The quick-exit note, shown in a prerendered page where the app would
//    show it (on the first visit only), so nothing moves when the app takes
//    over.
//
// 3. The quick exit from the first paint. "Exit this page" is a link to the
//    cover file (src/render/cover.rs), so it works with no script at all;
//    until the app has taken over (boot.js sets data-app="ready" on <html>),
//    this script makes the link, Space on it, and Shift pressed three times
//    leave at once without a history entry, so Back does not return here.
//    From then on the app's own quick exit (src/ui/protect/quick_exit.rs)
//    covers the screen in place, saves and locks. Shift presses made before
//    the app took over are handed to it in data-exit-presses on <html>
//    (event times, which share the page's time origin with the app's), so
//    two presses before and one after still leave.
try {
  // The app stores settings as JSON (`true`); `on` is how it stored this
  // one before (src/domain/device_settings.rs reads both).
  const discreet = localStorage.getItem("sss.settings.discreet");
  if (discreet === "true" || discreet === "on") {
    document.documentElement.classList.add("app-hold");
    document.title = "Visit checklist";
  }
  // The app explains the quick exit on its first visit; the prerendered
  // page shows the same note in the same place.
  if (localStorage.getItem("sss.settings.quick-exit-explained") === null) {
    document.documentElement.classList.add("app-explain-exit");
  }
} catch (_) {
  // Nothing stored, nothing to hide.
}

(() => {
  const COVER = "/cover.html";
  const PRESSES = 3;
  const WITHIN_MS = 5000;
  const html = document.documentElement;
  const appRuns = () => html.dataset.app === "ready";
  const leave = () => {
    html.classList.add("app-hold");
    window.location.replace(COVER);
  };
  const exitLink = (target) => (target instanceof Element ? target.closest(".app-exit-this-page") : null);

  document.addEventListener(
    "click",
    (ev) => {
      if (appRuns() || !exitLink(ev.target)) return;
      ev.preventDefault();
      leave();
    },
    true,
  );

  let presses = [];
  document.addEventListener(
    "keydown",
    (ev) => {
      if (appRuns()) return;
      if (ev.key === " " && exitLink(ev.target)) {
        ev.preventDefault();
        leave();
        return;
      }
      if (ev.key !== "Shift") {
        presses = [];
        delete html.dataset.exitPresses;
        return;
      }
      if (ev.repeat) return;
      const now = ev.timeStamp;
      presses = presses.filter((t) => now - t < WITHIN_MS);
      presses.push(now);
      if (presses.length >= PRESSES) {
        presses = [];
        leave();
        return;
      }
      html.dataset.exitPresses = presses.join(" ");
    },
    true,
  );
})();
