// JavaScript transferred (compressed bytes on the wire) on a first, cold load of a page.
import { chromium, type BrowserContext } from "@playwright/test";
import { existsSync } from "node:fs";

export const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export async function javascriptKb(url: string, cookie?: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    const context: BrowserContext = await browser.newContext();
    if (cookie) {
      const { hostname } = new URL(url);
      await context.addCookies(cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name: name!, value: value.join("="), domain: hostname, path: "/" };
      }));
    }
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") sizes.push(response.request().sizes().then((s) => s.responseBodySize));
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
    return Math.round((bytes / 1024) * 10) / 10;
  } finally {
    await browser.close();
  }
}
