// `npm start` and `npm run dev`: database (embedded unless DATABASE_URL is set), migrations, demo
// data, build, then the Next.js server — and a clear banner with the URL and demo accounts.
//   tsx scripts/serve.ts [--dev] [--no-seed] [--seed]
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { openAppDatabase } from "./lib/database";
import { ensureBuild, ensurePrismaClient, localAuthSecret, migrate, nextCli, nextServerEnv, seed } from "./lib/prepare";

const { values: flags } = parseArgs({
  options: { dev: { type: "boolean", default: false }, seed: { type: "boolean" }, "no-seed": { type: "boolean", default: false } },
});

const port = Number(process.env.PORT ?? 3000);
const operatorProduction = process.env.NODE_ENV === "production";
if (operatorProduction && !process.env.AUTH_SECRET) {
  console.error("AUTH_SECRET is required when NODE_ENV=production. Generate one with: openssl rand -base64 32");
  process.exit(1);
}

ensurePrismaClient();
const database = await openAppDatabase().catch((error: unknown) => {
  // The reason and Postgres's last log lines, not a stack trace.
  console.error(`The database did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
console.log(database.description);
const stopDatabase = () => database.stop().catch(() => {});
try {
  migrate(database.url);
  // Demo data goes into the embedded database by default; an external one only when asked (--seed).
  if (flags.seed ?? (database.embedded && !flags["no-seed"])) seed(database.url);
} catch (error) {
  console.error(String((error as Error).message));
  await stopDatabase();
  process.exit(1);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: process.env.AUTH_SECRET ?? localAuthSecret(),
  PROBE_LOCAL: operatorProduction ? "0" : "1",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(port),
};

try {
  if (!flags.dev) ensureBuild(env);
} catch {
  // Next.js has printed why (builds type-check, so often a type error); no stack trace on top.
  console.error("The build failed (Next.js says why above): Probe was not started.");
  await stopDatabase();
  process.exit(1);
}
const child = spawn(process.execPath, [nextCli(), flags.dev ? "dev" : "start", "-p", String(port)], { stdio: ["inherit", "pipe", "inherit"], env: nextServerEnv(env) });
child.stdout.pipe(process.stdout);

let announced = false;
async function announceWhenHealthy() {
  for (let i = 0; i < 600 && !announced; i++) {
    try {
      const response = await fetch(`http://localhost:${port}/api/health`);
      if (response.ok) {
        announced = true;
        console.log(
          [
            "",
            `Probe is ready: http://localhost:${port}`,
            database.description,
            "Demo accounts (password demo1234): admin@example.com, interviewer@example.com,",
            "  interviewer2@example.com, manager@example.com, candidate@example.com",
            "",
          ].join("\n"),
        );
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
void announceWhenHealthy();

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  await stopDatabase();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
child.on("exit", (code) => void shutdown(code ?? 1));
