// Two checkouts on one machine: the dev cluster moves off a busy port, remembers where it went,
// and shares a cluster that is already running in its data directory. Real clusters, in a
// temporary data root, with the preferred port injected.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openAppDatabase } from "./database";

const root = mkdtempSync(path.join(tmpdir(), "probe-dev-db-"));
// As root, Postgres runs as the `postgres` user, which must reach the data directory.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const portFile = path.join(root, "dev.port");
const portOf = (url: string) => Number(new URL(url).port);

/** A plain TCP listener standing in for another checkout's cluster (or anything else). */
function occupy(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

const release = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
const listenerPort = (server: Server) => (server.address() as { port: number }).port;

async function currentDatabase(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT current_database() AS name")).rows[0].name as string;
  } finally {
    await client.end();
  }
}

describe("the embedded dev database", () => {
  // The test setup points DATABASE_URL at this worker's database; these tests need it unset.
  beforeEach(() => vi.stubEnv("DATABASE_URL", undefined));
  afterEach(() => vi.unstubAllEnvs());

  it("moves off a busy port, remembers it, shares a running cluster and comes back to the remembered port", async () => {
    const blocker = await occupy();
    const preferred = listenerPort(blocker);

    const first = await openAppDatabase(undefined, { dataRoot: root, port: preferred });
    const moved = portOf(first.url);
    try {
      expect(moved).not.toBe(preferred);
      expect(readFileSync(portFile, "utf8").trim()).toBe(String(moved));
      expect(first.description).toMatch(
        new RegExp(`^Database: embedded PostgreSQL \\d+ on 127\\.0\\.0\\.1:${moved} \\(${path.join(root, "dev")}\\), database "probe"$`),
      );
      expect(await currentDatabase(first.url)).toBe("probe");

      // A second command of this checkout (say an import while the app runs) uses the running cluster.
      const second = await openAppDatabase(undefined, { dataRoot: root, port: preferred });
      expect(second.url).toBe(first.url);
      expect(second.description).toContain(`:${moved} (${path.join(root, "dev")}, already running: shared)`);
      await second.stop(); // not its cluster to stop
      expect(await currentDatabase(first.url)).toBe("probe");
    } finally {
      await first.stop();
    }

    // The preferred port is free again, yet this checkout goes back to the port it remembered.
    await release(blocker);
    const third = await openAppDatabase(undefined, { dataRoot: root, port: preferred });
    try {
      expect(portOf(third.url)).toBe(moved);
      expect(await currentDatabase(third.url)).toBe("probe");
    } finally {
      await third.stop();
    }
  }, 120_000);

  it("leaves a remembered port that something else took and remembers the new one", async () => {
    const remembered = Number(readFileSync(portFile, "utf8").trim());
    const squatter = await occupy(remembered);
    try {
      const database = await openAppDatabase(undefined, { dataRoot: root });
      try {
        const port = portOf(database.url);
        expect(port).not.toBe(remembered);
        expect(readFileSync(portFile, "utf8").trim()).toBe(String(port));
        expect(await currentDatabase(database.url)).toBe("probe");
      } finally {
        await database.stop();
      }
    } finally {
      await release(squatter);
    }
  }, 120_000);

});

describe("an operator's database", () => {
  it("is named by host, port and name, never by password", async () => {
    const database = await openAppDatabase("postgresql://probe:s3cret@db.internal:5432/probe");
    expect(database.description).toBe("Database: DATABASE_URL (db.internal:5432/probe)");
    expect(database.embedded).toBe(false);
  });
});
