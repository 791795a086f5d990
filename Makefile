# Sense it. Spot it. Stop it. - build, test and bench.
#
#   make serve   build the release app and serve it at http://127.0.0.1:8080
#   make test    format, lint, native tests, release build, browser suite,
#                the core journeys in Chromium, WebKit and Firefox
#   make test-engines   the core journeys alone (after make build)
#
# Both install whatever is missing first (scripts/setup.sh; registries only).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
# Steps depend on each other's side effects (dist/, node_modules/): never run them in parallel.
.NOTPARALLEL:

# cargo-installed tools (trunk, wasm-bindgen) and npm tools (wasm-opt from binaryen).
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
# Nothing may download a browser: the suites use Debian's chromium, firefox-esr
# and WebKitGTK (webkit2gtk-driver).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export PUPPETEER_SKIP_DOWNLOAD := 1

HOST ?= 127.0.0.1
PORT ?= 8080
WASM_TARGET := wasm32-unknown-unknown

.PHONY: help setup build serve test lint fmt fmt-check clippy clippy-host clippy-wasm \
        test-native test-browser test-nginx test-contacts test-engines bench clean

help:
	@echo "make serve   build and serve the app at http://$(HOST):$(PORT)"
	@echo "make test    fmt check, clippy (host + wasm), cargo test, release build, browser suite, three engines"
	@echo "make test-engines  core journeys in Chromium, WebKit and Firefox (after make build)"
	@echo "make build   release build into dist/"
	@echo "make bench   build, then size and first-paint report (bench/REPORT.md)"
	@echo "make lint    fmt check and clippy only"
	@echo "make setup   install whatever is missing (scripts/setup.sh)"
	@echo "make fmt     format the Rust code"
	@echo "make clean   remove dist/, bench/tmp/ and cargo's target/"

setup:
	bash scripts/setup.sh

# trunk runs offline (Trunk.toml): fetch crates first; wasm-opt comes from node_modules/.bin.
build: setup
	cargo fetch
	trunk build --release

# Not `trunk serve`: it injects an inline autoreload script that our CSP blocks.
serve: build
	node tests/server.mjs dist $(PORT)

fmt:
	cargo fmt

fmt-check:
	cargo fmt --check

# Host: the pure core (the UI is compiled for wasm only).
clippy-host:
	cargo clippy --all-targets -- -D warnings

# wasm: the UI and browser edges, as shipped (split by route).
clippy-wasm:
	cargo clippy --target $(WASM_TARGET) --features split -- -D warnings

clippy: clippy-host clippy-wasm

lint: setup fmt-check clippy

test-native:
	cargo test

test-browser:
	node --test --test-concurrency=1 tests/browser/

# The suites for the shell, offline and updates, prerendered pages, and quick exit again, this time
# served by Debian's nginx with the shipped deploy/nginx/app.conf.
test-nginx:
	APP_SERVER=nginx node --test --test-concurrency=1 tests/browser/shell.test.mjs tests/browser/offline.test.mjs tests/browser/prerender.test.mjs
	APP_SERVER=nginx node --test --test-name-pattern='quick exit|^by ' tests/browser/protect.test.mjs

# Local contacts (issue 17) need a build with a council's file: the example's.
# Its own folder, so dist/ stays the build without one.
test-contacts:
	cargo fetch
	SSS_LOCAL_CONTACTS=$(CURDIR)/deploy/local-contacts.example.toml trunk build --release --dist dist-contacts
	APP_DIST=dist-contacts node --test --test-concurrency=1 tests/contacts/

# The core journeys in three engines (tests/engines/). WebKitGTK needs an X
# display, so the run gets a virtual one; one engine at a time (2 cores).
test-engines:
	xvfb-run --auto-servernum --server-args='-screen 0 1280x1024x24' \
	  node --test --test-concurrency=1 tests/engines/

test: setup fmt-check clippy-host clippy-wasm test-native build test-browser test-nginx test-contacts test-engines

bench: build
	node bench/bench.mjs

clean:
	rm -rf dist bench/tmp
	cargo clean
