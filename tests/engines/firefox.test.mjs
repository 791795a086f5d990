// The core journeys (journeys.mjs) in Firefox: Debian's firefox-esr through
// puppeteer-core over WebDriver BiDi.
import { launch } from './drivers/firefox.mjs';
import { defineJourneys } from './journeys.mjs';

defineJourneys(launch);
