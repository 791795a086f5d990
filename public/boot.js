// Starts the app without an inline script, so the Content-Security-Policy can
// forbid inline code. trunk writes the hashed file names into the two metas.
const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;

import(meta("app-js"))
  .then((glue) => glue.default({ module_or_path: meta("app-wasm") }))
  .catch((err) => {
    const box = document.getElementById("app-loading");
    if (box) {
      box.textContent =
        "The app could not start in this browser. Nothing you entered has been lost: " +
        "try reloading the page. (" + err + ")";
      box.setAttribute("role", "alert");
    }
  });
