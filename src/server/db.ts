import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

// One client per process, created on first use: `next build` imports this module with no
// database configured. In development Next.js reloads modules; globalThis keeps one pool.
// The pool is made here and handed to the adapter so the metrics can read its counts.
const globalForDb = globalThis as unknown as { probeDb?: PrismaClient; probeDbPool?: pg.Pool };

export function getDb(): PrismaClient {
  if (!globalForDb.probeDb) {
    // allowExitOnIdle: idle connections do not keep a script alive after its work ($disconnect
    // leaves a pool it did not make open, so a later query can use it again).
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10, allowExitOnIdle: true });
    // An idle connection dropped by the server must not crash the process; the pool replaces it.
    pool.on("error", () => undefined);
    globalForDb.probeDb = new PrismaClient({ adapter: new PrismaPg(pool) });
    globalForDb.probeDbPool = pool;
  }
  return globalForDb.probeDb;
}

/** This process's pool, if the client was made (src/server/metrics.ts reads its counts on scrape). */
export function dbPool(): pg.Pool | undefined {
  return globalForDb.probeDbPool;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, key) {
    const client = getDb();
    const value = Reflect.get(client, key, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
