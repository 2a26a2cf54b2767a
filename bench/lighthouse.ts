// Lighthouse performance and accessibility scores with the system Chromium, desktop preset
// (Probe's interviewer cockpit is a desktop tool; the candidate view is measured the same way).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM } from "./page-weight";

/** `failing` names the accessibility audits that did not pass, so a score below 100 says why. */
export type Scores = { performance: number; accessibility: number; failing?: string[]; runtimeError?: string };

// Lighthouse sometimes fails to record the page-load trace (NO_NAVSTART, "please run Lighthouse
// again") and then scores performance 0; such a run measured nothing, so it is run again.
const ATTEMPTS = 3;

export async function lighthouseScores(url: string, cookie?: string): Promise<Scores> {
  for (let attempt = 1; ; attempt++) {
    const scores = await lighthouseOnce(url, cookie);
    if (!scores.runtimeError || attempt === ATTEMPTS) return scores;
    console.warn(`  lighthouse ${new URL(url).pathname}: ${scores.runtimeError}; running it again`);
  }
}

async function lighthouseOnce(url: string, cookie?: string): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: cookie ? { Cookie: cookie } : undefined },
      desktopConfig,
    );
    const categories = result?.lhr.categories;
    return {
      runtimeError: result?.lhr.runtimeError?.code,
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
      failing: (categories?.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (result?.lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${failingNodes(result?.lhr.audits[ref.id]?.details).join("; ")})`),
    };
  } finally {
    chrome.kill();
  }
}

/** Where an audit failed: the selectors of the offending elements, so a fix can start from there. */
function failingNodes(details: unknown): string[] {
  const items = (details as { items?: Array<{ node?: { selector?: string } }> } | undefined)?.items ?? [];
  return items.map((item) => item.node?.selector ?? "?").slice(0, 5);
}
