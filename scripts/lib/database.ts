// Which database a command talks to: DATABASE_URL when set, otherwise the embedded dev cluster
// under .data/dev with an app database named `probe`.
import path from "node:path";
import pg from "pg";
import { parse } from "pg-connection-string";
import { projectRoot, startEmbeddedDb, withDatabase, type EmbeddedDb } from "./embedded-db";

export type AppDatabase = {
  url: string;
  embedded: boolean;
  /** One line for people, e.g. `Database: DATABASE_URL (db.internal:5432/probe)`; never a password. */
  description: string;
  stop: () => Promise<void>;
};

/** The dev cluster's port when it is free; a second checkout on this machine moves to another. */
export const DEV_PORT = 54329;
const APP_DATABASE = "probe";

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function openAppDatabase(
  envUrl = process.env.DATABASE_URL,
  { dataRoot, port = DEV_PORT }: { dataRoot?: string; port?: number } = {},
): Promise<AppDatabase> {
  if (envUrl) return { url: envUrl, embedded: false, description: `Database: DATABASE_URL (${whereTo(envUrl)})`, stop: async () => {} };
  const cluster = await startEmbeddedDb({ name: "dev", persistent: true, port, dataRoot });
  await createDatabaseIfMissing(cluster.serverUrl, APP_DATABASE);
  return { url: withDatabase(cluster.serverUrl, APP_DATABASE), embedded: true, description: describeEmbedded(cluster), stop: cluster.stop };
}

function describeEmbedded(cluster: EmbeddedDb): string {
  const relative = path.relative(projectRoot, cluster.dataDir);
  const where = relative.startsWith("..") || path.isAbsolute(relative) ? cluster.dataDir : relative;
  const shared = cluster.shared ? ", already running: shared" : "";
  return `Database: embedded PostgreSQL ${cluster.version} on ${new URL(cluster.serverUrl).host} (${where}${shared}), database "${APP_DATABASE}"`;
}

/** host:port/database of a connection string, without user or password. */
function whereTo(url: string): string {
  try {
    const { host, port, database } = parse(url);
    const hostPart = host?.includes(":") ? `[${host}]` : (host ?? "");
    return `${hostPart}${port ? `:${port}` : ""}/${database ?? ""}`;
  } catch {
    return "unreadable URL";
  }
}
