// Runs before the Playwright suite (npm run test:e2e): with no browser, one message naming both ways
// to get one, instead of a launch failure for every test.
import { findChromium } from "./lib/browser";

const browser = findChromium();
if (!browser.found) {
  console.error(browser.message);
  process.exit(1);
}
console.log(browser.message);
