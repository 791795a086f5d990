// The core journeys (journeys.mjs) in Chromium: Debian's /usr/bin/chromium through playwright-core.
import { launch } from './drivers/chromium.mjs';
import { defineJourneys } from './journeys.mjs';

defineJourneys(launch);
