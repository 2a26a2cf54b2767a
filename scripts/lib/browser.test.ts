import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findChromium } from "./browser";

const dir = mkdtempSync(path.join(tmpdir(), "probe-browser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeBrowser(name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, "#!/bin/sh\n");
  chmodSync(file, 0o755);
  return file;
}

const missing = (name: string) => path.join(dir, "missing", name);

describe("findChromium", () => {
  it("prefers the first system Chromium that exists", () => {
    const browser = fakeBrowser("chromium-browser");
    const lookup = findChromium({ systemPaths: [missing("chromium"), browser], playwrightPath: fakeBrowser("playwright-chrome") });
    expect(lookup).toEqual({ found: true, source: "system", path: browser, message: `Chromium for the end-to-end tests: ${browser} (system)` });
  });

  it("falls back to Playwright's own browser", () => {
    const own = fakeBrowser("chrome");
    const lookup = findChromium({ systemPaths: [missing("chromium"), missing("chromium-browser")], playwrightPath: own });
    expect(lookup).toEqual({ found: true, source: "playwright", path: own, message: `Chromium for the end-to-end tests: ${own} (Playwright's own)` });
  });

  it("with neither, names every place it looked and both ways to get one", () => {
    const system = [missing("chromium"), missing("chromium-browser")];
    const own = missing("chrome-linux64/chrome");
    const lookup = findChromium({ systemPaths: system, playwrightPath: own });
    expect(lookup.found).toBe(false);
    expect(lookup.message).toBe(
      [
        `No Chromium for the end-to-end tests (looked for ${system[0]}, ${system[1]}, ${own}). Install one of:`,
        `  - the system Chromium: apt-get install -y chromium   (found at ${system[0]} or ${system[1]})`,
        "  - Playwright's own:    npx playwright install chromium",
        "then run the tests again.",
      ].join("\n"),
    );
  });

  it("does not count Playwright's browser when Playwright cannot name one for this platform", () => {
    const lookup = findChromium({ systemPaths: [missing("chromium")], playwrightPath: null });
    expect(lookup.found).toBe(false);
    expect(lookup.message).toContain(`(looked for ${missing("chromium")}). Install one of:`);
  });
});
