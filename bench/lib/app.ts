// Starts what the benchmark measures: a fresh database (on the embedded cluster, or on the server
// DATABASE_URL names), migrated and seeded, and the production build on BENCH_PORT.
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { createDatabaseIfMissing } from "../../scripts/lib/database";
import { startEmbeddedDb, withDatabase } from "../../scripts/lib/embedded-db";
import { ensureBuild, ensurePrismaClient, migrate, nextCli, nextServerEnv, seed } from "../../scripts/lib/prepare";

export type BenchApp = { baseUrl: string; databaseUrl: string; port: number; stop: () => Promise<void> };

export async function startDatabase(): Promise<{ databaseUrl: string; serverVersion: string; stop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL
    ? { serverUrl: withDatabase(process.env.DATABASE_URL, "postgres"), stop: async () => {} }
    : await startEmbeddedDb({ name: `bench-${process.pid}`, persistent: false });
  const name = `probe_bench_${process.pid}`;
  await createDatabaseIfMissing(server.serverUrl, name);
  const databaseUrl = withDatabase(server.serverUrl, name);
  migrate(databaseUrl);
  seed(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const serverVersion = (await client.query("SHOW server_version")).rows[0].server_version as string;
  await client.end();
  return {
    databaseUrl,
    serverVersion,
    stop: async () => {
      const admin = new pg.Client({ connectionString: server.serverUrl });
      await admin.connect().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await admin.end().catch(() => undefined);
      await server.stop();
    },
  };
}

export async function startApp(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<BenchApp> {
  ensurePrismaClient();
  const env = {
    ...process.env,
    ...extraEnv,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0001",
    PROBE_LOCAL: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  ensureBuild(env);
  const child: ChildProcess = spawn(process.execPath, [nextCli(), "start", "-p", String(port)], { stdio: ["ignore", "ignore", "inherit"], env: nextServerEnv(env) });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl);
  return {
    baseUrl,
    databaseUrl,
    port,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

async function waitForHealth(baseUrl: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app at ${baseUrl} did not become healthy`);
}

/** Signs in through Auth.js's own credentials flow and returns the Cookie header to send. */
export async function signInCookie(baseUrl: string, email: string, password = "demo1234"): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  keep(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}
