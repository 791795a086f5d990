// Runs before the first paint (a plain script in <head>, not inline, so the
// CSP can forbid inline code). Each page is prerendered with the app's own
// name; in discreet mode an onlooker must never see it, so the prerendered
// page is held out of sight until the app draws its discreet version
// (public/boot.js). Reading storage can fail (privacy settings): then there
// is no discreet setting to honour.
try {
  if (localStorage.getItem("sss.settings.discreet") === "on") {
    document.documentElement.classList.add("app-hold");
    document.title = "Visit checklist";
  }
} catch (_) {
  // Nothing stored, nothing to hide.
}
