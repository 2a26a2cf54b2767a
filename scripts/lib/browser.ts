// Which Chromium the end-to-end tests drive: the system one when installed (Debian's package needs
// no download), Playwright's own otherwise. playwright.config.ts and the check `npm test` runs
// before the e2e suite (scripts/check-browser.ts) both ask here, so they never disagree.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const SYSTEM_CHROMIUM_PATHS: readonly string[] = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export type ChromiumLookup =
  | { found: true; source: "system" | "playwright"; path: string; message: string }
  | { found: false; message: string };

/** Where `npx playwright install chromium` puts (or would put) Playwright's own browser. */
function playwrightChromiumPath(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null; // a platform Playwright has no build for
  }
}

/** The candidates are injectable so that a test can decide both outcomes without touching /usr/bin. */
export function findChromium({
  systemPaths = SYSTEM_CHROMIUM_PATHS,
  playwrightPath = playwrightChromiumPath(),
}: { systemPaths?: readonly string[]; playwrightPath?: string | null } = {}): ChromiumLookup {
  const system = systemPaths.find((candidate) => existsSync(candidate));
  if (system) return { found: true, source: "system", path: system, message: `Chromium for the end-to-end tests: ${system} (system)` };
  if (playwrightPath && existsSync(playwrightPath)) {
    return { found: true, source: "playwright", path: playwrightPath, message: `Chromium for the end-to-end tests: ${playwrightPath} (Playwright's own)` };
  }
  const looked = [...systemPaths, ...(playwrightPath ? [playwrightPath] : [])].join(", ");
  return {
    found: false,
    message: [
      `No Chromium for the end-to-end tests (looked for ${looked}). Install one of:`,
      `  - the system Chromium: apt-get install -y chromium   (found at ${systemPaths.join(" or ")})`,
      "  - Playwright's own:    npx playwright install chromium",
      "then run the tests again.",
    ].join("\n"),
  };
}
