// Vitest global setup: one PostgreSQL server for the run and a migrated template database that
// each worker copies (CREATE DATABASE … TEMPLATE is far faster than migrating per worker).
import pg from "pg";
import type { TestProject } from "vitest/node";
import { withDatabase } from "../../scripts/lib/embedded-db";
import { migrate } from "../../scripts/lib/prepare";
import { startTestServer } from "./test-database";

export const TEMPLATE_DB = "probe_test_template";

export default async function setup(project: TestProject) {
  const server = await startTestServer("vitest");
  const admin = new pg.Client({ connectionString: server.serverUrl });
  await admin.connect();
  const stale = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'probe_test_%'");
  for (const row of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  await admin.end();
  migrate(withDatabase(server.serverUrl, TEMPLATE_DB));
  project.provide("dbServerUrl", server.serverUrl);
  return async () => {
    await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    dbServerUrl: string;
  }
}
