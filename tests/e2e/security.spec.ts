// The attacks of issue 14 performed against the running production build, each of which got
// through before: an open redirect after sign-in, a copied session cookie used after sign-out, a
// server action posted to a path the proxy skipped, cacheable answers, a spoofed client address
// walking past the sign-in limits, and an import document that froze the server for everyone.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createUser, DEMO_PASSWORD } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3210}`;

/** A request context signed in through Auth.js's own credentials flow. */
async function signedInClient(email: string): Promise<APIRequestContext> {
  const client = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
  await client.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: DEMO_PASSWORD } });
  expect((await (await client.get("/api/auth/session")).json())?.user?.email).toBe(email);
  return client;
}

test.describe("open redirects after sign-in", () => {
  for (const callbackUrl of ["/%09/evil.example/x", "/.//evil.example/x", "/x/..//evil.example/x", "//evil.example", "/\\evil.example", "https://evil.example/"]) {
    test(`sign-in with callbackUrl ${callbackUrl} stays on this origin`, async ({ page }) => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl).replaceAll("%25", "%")}`);
      await page.getByLabel("Email").fill("interviewer@example.com");
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      expect(new URL(page.url()).origin).toBe(baseURL);
      expect(page.url()).not.toContain("evil.example");
    });
  }

  test("a CR/LF in callbackUrl is refused, never a 500", async ({ page }) => {
    const response = await page.goto("/sign-in?callbackUrl=/sessions%0d%0aSet-Cookie:%20probe-injected=1");
    expect(response?.status()).toBe(200);
    await signIn(page, "interviewer@example.com");
    await expect(page).toHaveURL(/\/home$/);
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain("probe-injected");
  });

  test("Auth.js's own credentials endpoint never redirects to another origin", async () => {
    const client = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    for (const callbackUrl of ["https://evil.example/", "/.//evil.example/x", "/\t/evil.example/x"]) {
      const response = await client.post("/api/auth/callback/credentials", { form: { csrfToken, email: "interviewer@example.com", password: DEMO_PASSWORD, callbackUrl } });
      expect(response.status()).toBe(302);
      expect(new URL(response.headers()["location"]!, baseURL).origin).toBe(baseURL);
    }
    await client.dispose();
  });
});

test("a session cookie copied before sign-out is refused after it", async ({ page, browser }) => {
  await signIn(page, "manager@example.com");
  await expect(page).toHaveURL(/\/home$/);
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.endsWith("authjs.session-token"))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Another browser with the copied cookie: the JWT is still validly signed and unexpired, but its
  // session record was revoked at sign-out.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const api = await thief.request.get("/api/sessions");
  expect(api.status()).toBe(401);
  const stolen = await thief.newPage();
  await stolen.goto("/candidates");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await thief.close();
});

test("a server action posted to any path the proxy skips never runs", async ({ db }) => {
  const candidate = await createUser(db, { role: "CANDIDATE" });
  const client = await signedInClient(candidate.email);
  const manifest = JSON.parse(readFileSync(path.resolve(process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "createShareAction")?.[0];
  expect(actionId, "createShareAction in the build's manifest").toBeTruthy();
  const shares = () => db.practiceShare.count({ where: { userId: candidate.id } });
  // The action protocol as the browser speaks it: the id in a header, the arguments as JSON.
  const post = (url: string) =>
    client.post(url, { headers: { "Next-Action": actionId!, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL, Accept: "text/x-component" }, data: JSON.stringify([{ lifetime: "never" }]) });

  for (const url of ["/favicon.ico", "/_next/static/chunks/probe.js", "/_next/image?url=%2Ffavicon.ico&w=64&q=75", "/api/live/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/api/live/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/events"]) {
    const response = await post(url);
    expect(response.status(), url).toBe(404);
    expect(await shares(), `no share created by an action posted to ${url}`).toBe(0);
  }
  // The same request to the page the action belongs to does run it: the probe above could see one.
  const control = await post("/practice/share");
  expect(control.status()).toBe(200);
  expect(await shares()).toBe(1);
  await client.dispose();
});

test("no API answer may be cached, Auth.js's own included", async () => {
  const client = await signedInClient("interviewer@example.com");
  for (const url of ["/api/auth/session", "/api/auth/csrf", "/api/sessions", "/api/questions?q=race", "/api/health", "/api/sessions/does-not-exist"]) {
    const response = await client.get(url);
    expect(response.headers()["cache-control"] ?? "(none)", url).toContain("no-store");
  }
  await client.dispose();
});

test("a client cannot walk past the per-address sign-in limit by naming its own address", async ({ db }) => {
  const client = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
  const codes: string[] = [];
  try {
    for (let i = 0; i < 32; i++) {
      const response = await client.post("/api/auth/callback/credentials", {
        headers: { "X-Forwarded-For": `198.51.100.${i}` },
        form: { csrfToken, email: `sprayed-${i}-${Date.now()}@example.com`, password: "Summer2026!" },
      });
      codes.push(new URL(response.headers()["location"] ?? "/", baseURL).searchParams.get("code") ?? "");
    }
    // Thirty checks from this one connection's address, whatever it claimed; then the address is held.
    expect(codes.slice(0, 30).every((code) => code === "invalid")).toBe(true);
    expect(codes.slice(30)).toEqual([expect.stringMatching(/^locked:client:/), expect.stringMatching(/^locked:client:/)]);
  } finally {
    // Every other test signs in from this same address.
    await db.rateLimit.deleteMany({ where: { key: { startsWith: "sign-in:" } } });
    await client.dispose();
  }
});

test("a pathological import document is answered at once, and the server answers others meanwhile", async ({ page }) => {
  // The outside test's document: a follow-up holding 80 KB of spaces once took 22 s and held /api/health for 21 s.
  const document = `# Stall bank\n\n## Junior\n\n### Q1. Title\n\n**Model answer.** Yes.\n\n**Follow-up.** *Why?* a${" ".repeat(80 * 1024)}b\n`;
  await signIn(page, "interviewer@example.com");
  await page.goto("/questions/import");
  await page.getByLabel("Or paste it").fill(document);

  const health: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const started = Date.now();
      const response = await fetch(`${baseURL}/api/health`);
      expect(response.ok).toBe(true);
      health.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = Date.now();
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("button", { name: "Confirm import" })).toBeVisible({ timeout: 10_000 });
  const answeredIn = Date.now() - started;
  polling = false;
  await poller;

  expect(answeredIn, "preview answered").toBeLessThan(3_000);
  expect(health.length).toBeGreaterThan(0);
  expect(Math.max(...health), `/api/health while the document was read: ${health.join(", ")} ms`).toBeLessThan(1_000);
});

test("a stale kit save is refused and shown as a conflict, never saved over", async ({ browser, db }) => {
  const author = await createUser(db, { role: "INTERVIEWER" });
  const question = await db.question.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { number: "asc" } });
  const kit = await db.kit.create({ data: { name: "Shared kit", createdById: author.id, revision: 1, items: { create: [{ questionId: question.id, position: 0 }] } } });
  const open = async (email: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    await page.goto(`/kits/${kit.id}`);
    return { page, close: () => context.close() };
  };
  const first = await open(author.email);
  const second = await open("interviewer@example.com");

  await first.page.getByLabel("Name").fill("First editor's name");
  await first.page.getByRole("button", { name: "Save kit" }).click();
  await expect(first.page.getByText("Kit saved.")).toBeVisible();

  // The second tab still holds revision 1.
  await second.page.getByLabel("Name").fill("Second editor's name");
  await second.page.getByRole("button", { name: "Save kit" }).click();
  const conflict = second.page.getByTestId("kit-conflict");
  await expect(conflict).toContainText("Someone saved this kit since you opened it");
  await expect(conflict).toContainText("First editor's name");
  expect((await db.kit.findUniqueOrThrow({ where: { id: kit.id } })).name).toBe("First editor's name");

  // Taking the saved version shows it; keeping one's own saves it on top, knowingly.
  await conflict.getByRole("button", { name: "Use the saved version" }).click();
  await expect(second.page.getByLabel("Name")).toHaveValue("First editor's name");
  await second.page.getByLabel("Name").fill("Second editor's name");
  await second.page.getByRole("button", { name: "Save kit" }).click();
  await expect(second.page.getByText("Kit saved.")).toBeVisible();
  expect(await db.kit.findUniqueOrThrow({ where: { id: kit.id } })).toMatchObject({ name: "Second editor's name", revision: 3 });
  await first.close();
  await second.close();
});
