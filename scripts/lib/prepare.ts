// Steps every entry point (start, dev, test, bench) shares before the app can run.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { localAuthSecret as keptAuthSecret } from "../../src/env";
import { projectRoot } from "./embedded-db";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false) {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: quiet ? "pipe" : "inherit", env, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed with exit code ${result.status}${quiet ? `\n${result.stdout}${result.stderr}` : ""}`);
  }
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "generated" || entry === "node_modules" || entry.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** The Prisma client is generated code (gitignored): make it when missing or older than the schema. */
export function ensurePrismaClient(): void {
  const marker = path.join(projectRoot, "src/generated/prisma/client.ts");
  const schema = path.join(projectRoot, "prisma/schema.prisma");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(schema).mtimeMs) return;
  run(process.execPath, ["scripts/prisma.mjs", "generate"]);
}

/** Applies pending migrations; `quiet` keeps Prisma's report off stdout (for --json commands). */
export function migrate(databaseUrl: string, { quiet = false } = {}): void {
  run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl }, quiet);
}

export function seed(databaseUrl: string): void {
  run(process.execPath, [tsxCli(), "--conditions=react-server", "prisma/seed.ts"], { ...process.env, DATABASE_URL: databaseUrl });
}

export function tsxCli(): string {
  return path.join(projectRoot, "node_modules/tsx/dist/cli.mjs");
}

export function nextCli(): string {
  return path.join(projectRoot, "node_modules/next/dist/bin/next");
}

/**
 * The environment of a Next.js server process: it preloads client-address-preload.mjs, without
 * which the app cannot tell a client's real address from the one it claims (src/server/client-address.ts).
 */
export function nextServerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Quoted: NODE_OPTIONS splits on spaces, and a checkout's path may hold one.
  const preload = `--import "${pathToFileURL(path.join(projectRoot, "scripts/lib/client-address-preload.mjs")).href}"`;
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, preload].filter(Boolean).join(" ") };
}

/** Builds the production bundle unless a build newer than every source file exists. */
export function ensureBuild(env: NodeJS.ProcessEnv): void {
  const buildId = path.join(projectRoot, env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const sources = ["src", "public", "next.config.ts", "package.json", "postcss.config.mjs"].map((p) => newestMtime(path.join(projectRoot, p)));
  if (existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...sources)) return;
  console.log("Building Probe (first start or sources changed)…");
  run(process.execPath, [nextCli(), "build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
}

/**
 * AUTH_SECRET signs session cookies. For local use one is generated once and kept under .data/
 * (the same function the app falls back on, src/env.ts); in production the operator must set it.
 */
export function localAuthSecret(): string {
  return keptAuthSecret(projectRoot);
}
