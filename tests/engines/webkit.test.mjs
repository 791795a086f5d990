// The core journeys (journeys.mjs) in WebKit: Debian's WebKitGTK MiniBrowser,
// driven by its own WebKitWebDriver through selenium-webdriver, under xvfb-run.
import { launch } from './drivers/webkit.mjs';
import { defineJourneys } from './journeys.mjs';

defineJourneys(launch);
