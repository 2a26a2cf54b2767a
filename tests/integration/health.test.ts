import { afterEach, describe, expect, it, vi } from "vitest";

// The route reads the process-wide client; each case gets fresh modules and a fresh client.
const globalForDb = globalThis as unknown as { probeDb?: { $disconnect(): Promise<void> } };

async function loadRoute(databaseUrl: string) {
  await globalForDb.probeDb?.$disconnect();
  delete globalForDb.probeDb;
  vi.resetModules();
  vi.stubEnv("DATABASE_URL", databaseUrl);
  return import("@/app/api/health/route");
}

describe("GET /api/health", () => {
  const workingUrl = process.env.DATABASE_URL!;
  afterEach(async () => {
    vi.unstubAllEnvs();
    await globalForDb.probeDb?.$disconnect();
    delete globalForDb.probeDb;
  });

  it("answers 200 {ok:true, db:'up'} when the database answers", async () => {
    const { GET } = await loadRoute(workingUrl);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: "up" });
  });

  it("answers 503 {ok:false, db:'down'} when it does not", async () => {
    const { GET } = await loadRoute("postgresql://postgres:postgres@127.0.0.1:1/nowhere");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, db: "down" });
  });
});
