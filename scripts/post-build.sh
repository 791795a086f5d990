#!/bin/sh
# trunk post_build hook (Trunk.toml): runs after index.html is written to the
# staging folder and before it becomes dist/. trunk runs the hooks of one
# stage at the same time, so steps that depend on each other go here, in
# order; a step that lists every built file (a service worker's precache)
# must come after the library is copied.
set -eu

# The wasm, split by route (the rust asset in index.html is built with the
# `split` feature and left unoptimised for this step).
node scripts/split-wasm.mjs

# Stylesheets and the boot and early scripts without comments or layout (esbuild).
node scripts/minify.mjs '*.css' boot.js early.js

# The guidance library (build.rs): pages, glossary and search text the app
# reads when they are opened, in a folder named after their content hash.
library="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/${TRUNK_PROFILE}/library"
if [ ! -d "$library" ]; then
  echo "post-build: $library is missing; build.rs writes it when content/ is built" >&2
  exit 1
fi
rm -rf "$TRUNK_STAGING_DIR/library"
cp -R "$library" "$TRUNK_STAGING_DIR/library"

# Every static page prerendered into a file of its own (src/bin/prerender.rs,
# the routes in src/render/pages.rs), with sitemap.xml and robots.txt: native
# code over the same renderers and the library files copied above, so the
# text is the app's own. Before the precache, so the worker stores them.
cargo run --quiet --bin prerender -- "$TRUNK_STAGING_DIR"

# The service worker's precache lists every file staged above.
node scripts/sw-precache.mjs
node scripts/minify.mjs sw.js

# After the precache list: .gz and .br copies for production servers
# (deploy/nginx/app.conf). The service worker never stores them.
node scripts/precompress.mjs
