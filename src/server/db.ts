import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

// One client per process, created on first use: `next build` imports this module with no
// database configured. In development Next.js reloads modules; globalThis keeps one pool.
const globalForDb = globalThis as unknown as { probeDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForDb.probeDb) {
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 });
    globalForDb.probeDb = new PrismaClient({ adapter });
  }
  return globalForDb.probeDb;
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
