// Which database a command talks to: DATABASE_URL when set, otherwise the embedded dev cluster
// under .data/dev with an app database named `probe`.
import pg from "pg";
import { startEmbeddedDb, withDatabase } from "./embedded-db";

export type AppDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export const DEV_PORT = 54329;

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

export async function openAppDatabase(envUrl = process.env.DATABASE_URL): Promise<AppDatabase> {
  if (envUrl) return { url: envUrl, embedded: false, stop: async () => {} };
  const cluster = await startEmbeddedDb({ name: "dev", port: DEV_PORT, persistent: true });
  await createDatabaseIfMissing(cluster.serverUrl, "probe");
  return { url: withDatabase(cluster.serverUrl, "probe"), embedded: true, stop: cluster.stop };
}
