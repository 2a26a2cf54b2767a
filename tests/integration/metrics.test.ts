// GET /api/metrics against the real handlers and the real database: hidden without a token, a 401
// for a wrong one, and a scrape that shows a request just made, under its route pattern.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as questionRoute from "@/app/api/questions/[id]/route";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

const TOKEN = "metrics-token-for-tests-0123456789";

// The environment is read once per module graph: each case loads the metrics route afresh after
// stubbing it. The question route stays in the first graph; the registry is per process
// (globalThis), so both graphs count into it, as they would across Next's module reloads.
async function metricsRouteWith(token: string | undefined) {
  vi.resetModules();
  vi.stubEnv("METRICS_TOKEN", token ?? "");
  return import("@/app/api/metrics/route");
}

const scrape = (auth?: string) => new Request("http://probe.test/api/metrics", { headers: auth ? { authorization: auth } : {} });

beforeEach(resetDb);
afterEach(() => {
  vi.unstubAllEnvs();
  signInAs(null);
});

describe("GET /api/metrics", () => {
  it("does not exist when METRICS_TOKEN is unset: 404, even with a bearer token", async () => {
    const metricsRoute = await metricsRouteWith(undefined);
    for (const auth of [undefined, `Bearer ${TOKEN}`, "Bearer "]) {
      const response = await metricsRoute.GET(scrape(auth));
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toContain("no-store");
    }
  });

  it("refuses a missing or wrong token with a 401 that asks for a bearer token", async () => {
    const metricsRoute = await metricsRouteWith(TOKEN);
    for (const auth of [undefined, "Bearer", `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN]) {
      const response = await metricsRoute.GET(scrape(auth));
      expect(response.status, String(auth)).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
      const text = await response.text();
      expect(text).not.toContain("probe_http_request_duration_seconds");
    }
  });

  it("answers the right token with the text format, uncached, showing a request under its route pattern", async () => {
    const metricsRoute = await metricsRouteWith(TOKEN);
    const ivan = await createUser(db, { role: "INTERVIEWER" });
    const question = await createQuestion(db);
    signInAs(ivan);
    const call = () => questionRoute.GET(new Request(`http://probe.test/api/questions/${question.id}`), { params: Promise.resolve({ id: question.id }) });
    const series = 'probe_http_request_duration_seconds_count{method="GET",route="/api/questions/[id]",status_class="2xx"}';
    const countIn = (text: string) => Number(text.split("\n").find((line) => line.startsWith(series))?.split(" ")[1] ?? 0);

    const before = countIn(await (await metricsRoute.GET(scrape(`Bearer ${TOKEN}`))).text());
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(200);
    const response = await metricsRoute.GET(scrape(`bearer ${TOKEN}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = await response.text();
    expect(countIn(text)).toBe(before + 2);
    // Never the raw path: the question's id appears in no label.
    expect(text).not.toContain(question.id);
    // The pool is read on scrape, and the stream gauge is there for each kind.
    expect(text).toMatch(/^probe_db_pool_connections\{state="total"\} [1-9]\d*$/m);
    for (const kind of ["cockpit", "candidate", "pad"]) expect(text).toContain(`probe_open_event_streams{kind="${kind}"}`);
  });
});
