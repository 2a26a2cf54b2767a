import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../factories/users";
import { CALLERS, MATRIX, type Caller, type MatrixContext, type Row } from "./support/authorization-matrix";
import { buildMatrixWorld } from "./support/matrix-world";
import { expect, test } from "./support/fixtures";

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3210}`;

/** Every page.tsx and route.ts under src/app, named as its URL pattern (route groups dropped). */
function routesOnDisk(dir = path.resolve("src/app"), prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const segment = entry.startsWith("(") && entry.endsWith(")") ? "" : `/${entry}`;
      found.push(...routesOnDisk(full, prefix + segment));
    } else if (entry === "page.tsx" || entry === "route.ts") {
      found.push(prefix || "/");
    }
  }
  return found;
}

test("every route on disk has a row in the matrix, and every row names a real route", () => {
  const onDisk = new Set(routesOnDisk());
  const inMatrix = new Set(MATRIX.map((row) => row.route));
  expect([...onDisk].filter((route) => !inMatrix.has(route)), "routes with no row").toEqual([]);
  expect([...inMatrix].filter((route) => !onDisk.has(route)), "rows with no route").toEqual([]);
});

test.describe("authorization matrix", () => {
  let ctx: MatrixContext;
  const clients = new Map<Caller, APIRequestContext>();
  let secret: string;

  test.beforeAll(async ({ db }) => {
    const world = await buildMatrixWorld(db);
    ctx = world.ctx;
    secret = world.secret;
    const emails = world.emails;
    for (const caller of CALLERS) {
      const client = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
      const email = emails[caller];
      if (email) {
        const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
        await client.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: DEMO_PASSWORD } });
        const session = await (await client.get("/api/auth/session")).json();
        expect(session?.user?.email, `${caller} signed in`).toBe(email);
      }
      clients.set(caller, client);
    }
  });

  test.afterAll(async () => {
    for (const client of clients.values()) await client.dispose();
  });

  async function call(row: Row, caller: Caller): Promise<{ status: number; location: string; body: string }> {
    const url = row.url(ctx, caller);
    if (row.stream) {
      // Read only the status of an event stream, then hang up.
      const cookies = await clients.get(caller)!.storageState();
      const cookie = cookies.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
      const abort = new AbortController();
      const response = await fetch(baseURL + url, { headers: { cookie, accept: "text/event-stream" }, signal: abort.signal, redirect: "manual" });
      abort.abort();
      return { status: response.status, location: response.headers.get("location") ?? "", body: "" };
    }
    const client = clients.get(caller)!;
    const headers = { origin: baseURL };
    const response =
      row.method === "POST" ? await client.post(url, { data: row.body ?? {}, headers })
      : row.method === "PUT" ? await client.put(url, { data: row.body ?? {}, headers })
      : row.method === "PATCH" ? await client.patch(url, { data: row.body ?? {}, headers })
      : await client.get(url);
    return { status: response.status(), location: response.headers()["location"] ?? "", body: await response.text() };
  }

  for (const row of MATRIX) {
    test(`${row.method ?? "GET"} ${row.route}`, async () => {
      const problems: string[] = [];
      for (const caller of CALLERS) {
        const allowed = row.allow === "everyone" || row.allow.includes(caller);
        const { status, location, body } = await call(row, caller);
        if (allowed) {
          const ok = row.okStatus ? status === row.okStatus : status >= 200 && status < 400;
          if (!ok) problems.push(`${caller}: expected ${row.okStatus ?? "2xx/3xx"}, got ${status}`);
        } else {
          const toSignIn = status >= 300 && status < 400 && /\/sign-in/.test(location);
          if (![401, 403, 404].includes(status) && !toSignIn) problems.push(`${caller}: expected refusal, got ${status} ${location}`);
          if (body.includes(secret)) problems.push(`${caller}: refused, yet the body holds interviewer-only text`);
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});
