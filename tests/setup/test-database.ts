// Where tests get PostgreSQL: TEST_DATABASE_URL (a server you run, e.g. Debian's PostgreSQL) or
// a throwaway embedded cluster. Tests create and drop databases, so they refuse any server that
// is not on this machine.
import { startEmbeddedDb, type RunningDb } from "../../scripts/lib/embedded-db";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(`Refusing to run tests against ${host}: tests reset databases, so they only use a local server.`);
  }
}

export async function startTestServer(name: string): Promise<RunningDb> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    assertLocal(external);
    return { serverUrl: external, stop: async () => {} };
  }
  return startEmbeddedDb({ name: `${name}-${process.pid}`, persistent: false });
}
