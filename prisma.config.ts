// The Prisma CLI's configuration. DATABASE_URL is set by scripts/db (embedded Postgres) or by the
// operator; the schema engine is our WebAssembly stand-in (tools/prisma-wasm-schema-engine.mjs),
// wired in by scripts/prisma.mjs, so no native binary is ever downloaded.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/probe",
  },
});
