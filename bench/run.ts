// `npm run bench`: starts the production build on a fresh database, loads generated data, measures
// what users feel (live sync, candidate state, search, import, page weight, Lighthouse), prints a
// table and writes bench/results.json. Not part of `npm test`: numbers, not pass/fail.
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../scripts/lib/embedded-db";
import { tsxCli } from "../scripts/lib/prepare";
import { signInCookie, startApp, startDatabase } from "./lib/app";
import { insertQuestions, someQuestionIds } from "./lib/data";
import { startBaseline } from "./baseline-server";
import { lighthouseScores, type Scores } from "./lighthouse";
import { javascriptKb } from "./page-weight";
import { measureSearch } from "./search";
import { createLiveSessions, measureSyncLatency } from "./sync-latency";

const APP_PORT = Number(process.env.BENCH_PORT ?? 3900);
const BASELINE_PORT = APP_PORT + 1;
const step = (label: string) => console.log(`• ${label}`);

async function throughput(url: string) {
  const result = await autocannon({ url, connections: 50, duration: 10 });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return Math.round(result.requests.average);
}

function importTiming(databaseUrl: string) {
  const run = spawnSync(process.execPath, [tsxCli(), "--conditions=react-server", "bench/import-timing.ts", "1000"], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`import timing failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { parseSeconds: number; importSeconds: number; totalSeconds: number };
}

const started = Date.now();
step("database: migrate, seed, 10,000 generated questions");
const database = await startDatabase();
await insertQuestions(database.databaseUrl, 10_000);
step("production build and server");
const app = await startApp(database.databaseUrl, APP_PORT);
const stopBaseline = await startBaseline(database.databaseUrl, BASELINE_PORT);
try {
  const cookie = await signInCookie(app.baseUrl, "interviewer@example.com");
  const sessions = await createLiveSessions(app.baseUrl, cookie, await someQuestionIds(database.databaseUrl, 5), 50);

  step("live sync latency at 100 and 500 candidate streams over 50 sessions");
  const streams100 = await measureSyncLatency(app.baseUrl, cookie, sessions, 100);
  const streams500 = await measureSyncLatency(app.baseUrl, cookie, sessions, 500);

  step("candidate state throughput (autocannon, 50 connections, 10 s each)");
  const token = sessions[0]!.token;
  const appRps = await throughput(`${app.baseUrl}/api/live/${token}`);
  const baselineRps = await throughput(`http://127.0.0.1:${BASELINE_PORT}/api/live/${token}`);

  step("search over 10,000 questions");
  const search = await measureSearch(app.baseUrl, cookie);

  step("import of a generated 1,000-question document");
  const imported = importTiming(database.databaseUrl);

  step("page weight and Lighthouse");
  const candidateUrl = `${app.baseUrl}/join/${token}`;
  const cockpitUrl = `${app.baseUrl}/sessions/${sessions[0]!.id}/run`;
  const pageWeightKb = { candidate: await javascriptKb(candidateUrl), cockpit: await javascriptKb(cockpitUrl, cookie) };
  const lighthouse: Record<string, Scores> = {
    signIn: await lighthouseScores(`${app.baseUrl}/sign-in`),
    candidate: await lighthouseScores(candidateUrl),
    cockpit: await lighthouseScores(cockpitUrl, cookie),
  };

  const results = {
    date: new Date().toISOString(),
    syncLatencyMs: { streams100, streams500 },
    candidateState: { appRps, baselineRps, ratio: Math.round((appRps / baselineRps) * 100) / 100 },
    searchMs: search,
    import1000Seconds: Math.round(imported.totalSeconds * 100) / 100,
    importDetail: imported,
    pageWeightKb,
    lighthouse,
    machine: {
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      cpu: os.cpus()[0]?.model,
      node: process.version,
      postgres: database.serverVersion,
    },
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(path.join(projectRoot, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.table({
    "sync p50/p95/p99 @100 (ms)": `${streams100.p50} / ${streams100.p95} / ${streams100.p99}`,
    "sync p50/p95/p99 @500 (ms)": `${streams500.p50} / ${streams500.p95} / ${streams500.p99}`,
    "candidate state rps (app / baseline)": `${appRps} / ${baselineRps} = ${results.candidateState.ratio}`,
    "search p50/p95 (ms)": `${search.p50} / ${search.p95}`,
    "import 1,000 questions (s)": results.import1000Seconds,
    "JS first load candidate / cockpit (KB gz)": `${pageWeightKb.candidate} / ${pageWeightKb.cockpit}`,
    ...Object.fromEntries(Object.entries(lighthouse).map(([page, s]) => [`lighthouse ${page} (perf / a11y)`, `${s.performance} / ${s.accessibility}`])),
  });
  console.log(`bench/results.json written in ${results.durationSeconds} s`);
} finally {
  await stopBaseline();
  await app.stop();
  await database.stop();
}
process.exit(0);
