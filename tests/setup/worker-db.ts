// Per test file: point DATABASE_URL at this worker's own database (copied from the migrated
// template the first time), and make any console.error fail the test that caused it.
import pg from "pg";
import { afterEach, beforeAll, inject, vi } from "vitest";
import { withDatabase } from "../../scripts/lib/embedded-db";

const TEMPLATE_DB = "probe_test_template";
const workerDb = `probe_test_w${process.env.VITEST_POOL_ID ?? "0"}`;
const serverUrl = inject("dbServerUrl");
process.env.DATABASE_URL = withDatabase(serverUrl, workerDb);

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [workerDb]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${workerDb}" TEMPLATE "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
});

const errors: unknown[][] = [];
const original = console.error;
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  errors.push(args);
  original(...args);
});
afterEach(() => {
  if (errors.length) {
    const first = errors.map((args) => args.map(String).join(" ")).join("\n");
    errors.length = 0;
    throw new Error(`console.error was called during this test:\n${first}`);
  }
});
