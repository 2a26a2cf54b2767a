// Starts another `next start` of the same production build on the same e2e database, for tests
// that need two app instances (live events crossing instances through LISTEN/NOTIFY).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { nextServerEnv } from "../../../scripts/lib/prepare";
import { E2E_AUTH_SECRET } from "./e2e-env";

const root = path.resolve(import.meta.dirname, "../../..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`second instance exited (${child.exitCode}):\n${log.join("")}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`second instance did not become healthy:\n${log.join("")}`);
}

/** `stop("SIGKILL")` is a crash: no graceful shutdown, which would wait for open event streams. */
export type AppInstance = { url: string; port: number; stop: (signal?: NodeJS.Signals) => Promise<void> };

/**
 * Another app instance, same build (NEXT_DIST_DIR) and same database as the primary, on a free
 * port or on `port` (to restart a stopped instance where its browsers expect it).
 */
export async function startSecondInstance(options: { port?: number } = {}): Promise<AppInstance> {
  const primaryPort = Number(process.env.E2E_PORT ?? 3210);
  const databaseUrl = readFileSync(path.join(root, `.data/e2e-db-url-${primaryPort}`), "utf8").trim();
  const port = options.port ?? (await freePort());
  const log: string[] = [];
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: nextServerEnv({
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: E2E_AUTH_SECRET,
      PROBE_LOCAL: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  const url = `http://localhost:${port}`;
  try {
    await waitForHealth(url, child, log);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return {
    url,
    port,
    stop: (signal = "SIGTERM") =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}
