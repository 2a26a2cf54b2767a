import { expect, signIn, test } from "./support/fixtures";

test("pages carry a nonce-based CSP and the other security headers, and run without CSP violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");

  // Every script tag Next rendered carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"]!)![1];
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const value of scriptNonces) expect(value).toBe(nonce);

  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  expect(violations).toEqual([]);
});

test("a cross-origin POST is refused before it reaches a route", async ({ request }) => {
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { origin: "https://evil.example" },
    form: { email: "admin@example.com", password: "demo1234" },
  });
  expect(response.status()).toBe(403);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, "manager@example.com");
  await expect(page).toHaveURL(/\/home$/);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});
