// Playwright's web server: a throwaway PostgreSQL, migrated and seeded, and the production build
// of the app on E2E_PORT. The database URL is written to .data/e2e-db-url for test fixtures.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDatabaseIfMissing } from "../../../scripts/lib/database";
import { projectRoot, withDatabase } from "../../../scripts/lib/embedded-db";
import { ensureBuild, ensurePrismaClient, migrate, nextCli, nextServerEnv, seed } from "../../../scripts/lib/prepare";
import { startTestServer } from "../../setup/test-database";
import { E2E_AUTH_SECRET } from "./e2e-env";

const port = Number(process.env.E2E_PORT ?? 3210);
// Keyed by port so that two e2e runs on one machine (E2E_PORT, NEXT_DIST_DIR) never mix databases.
const E2E_DB_URL_FILE = path.join(projectRoot, `.data/e2e-db-url-${port}`);
ensurePrismaClient();
const server = await startTestServer("e2e");
const database = `probe_e2e_${process.pid}`;
await createDatabaseIfMissing(server.serverUrl, database);
const url = withDatabase(server.serverUrl, database);
migrate(url);
seed(url);
mkdirSync(path.dirname(E2E_DB_URL_FILE), { recursive: true });
writeFileSync(E2E_DB_URL_FILE, url);

const env = {
  ...process.env,
  DATABASE_URL: url,
  AUTH_SECRET: E2E_AUTH_SECRET,
  PROBE_LOCAL: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};
ensureBuild(env);
const child = spawn(process.execPath, [nextCli(), "start", "-p", String(port)], { stdio: "inherit", env: nextServerEnv(env) });

async function stop() {
  child.kill("SIGTERM");
  await server.stop();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
child.on("exit", () => void stop());
