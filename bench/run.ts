// `npm run bench`: starts the production build on a fresh database, loads generated data, measures
// what users feel (live sync, candidate state, search, import, page weight, Lighthouse), prints a
// table and writes bench/results.json. Not part of `npm test`: numbers, not pass/fail.
//
// While tuning, BENCH_ONLY=sync,sync2000,state,search,import,library,weight,lighthouse,pad,lists,feedback runs only the named parts:
// the table then shows only those, and results.json keeps the previous values of the parts not
// run (marked by `partialRun`). A full run (no BENCH_ONLY) rewrites every figure.
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../scripts/lib/embedded-db";
import { tsxCli } from "../scripts/lib/prepare";
import { signInCookie, startApp, startDatabase } from "./lib/app";
import { insertQuestions, someQuestionIds } from "./lib/data";
import { insertCandidates, measureLists } from "./lists";
import { startBaseline } from "./baseline-server";
import { lighthouseScores, type Scores } from "./lighthouse";
import { javascriptKb } from "./page-weight";
import { measureExport, measureLibraryImport } from "./library";
import { measurePadLatency } from "./pad-latency";
import { BROAD_TERMS, broadQueries, matchCounts, measureSearch, typedQueries } from "./search";
import { evaluateFeedback } from "./feedback";
import { BENCH_METRICS_TOKEN } from "./lib/instance-metrics";
import { measureSyncAtScale } from "./sync-scale";
import { createLiveSessions, measureSyncLatency } from "./sync-latency";

const PARTS = ["sync", "sync2000", "state", "search", "import", "library", "weight", "lighthouse", "pad", "lists", "feedback"] as const;
type Part = (typeof PARTS)[number];
const only = process.env.BENCH_ONLY?.split(",").map((p) => p.trim()).filter(Boolean);
const unknown = only?.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown?.length) throw new Error(`BENCH_ONLY: unknown part(s) ${unknown.join(", ")}; known: ${PARTS.join(", ")}`);
const runs = (part: Part) => !only || only.includes(part);

const APP_PORT = Number(process.env.BENCH_PORT ?? 3900);
const BASELINE_PORT = APP_PORT + 1;
const RESULTS = path.join(projectRoot, "bench/results.json");
const step = (label: string) => console.log(`• ${label}`);
const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);

async function throughput(url: string) {
  const result = await autocannon({ url, connections: 50, duration: 10 });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors (${result.timeouts} timeouts)`);
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
const results: Record<string, unknown> = only && existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : {};
const table: Record<string, string | number> = {};
// Each figure is printed as soon as it is measured, so a failure later on does not lose it.
const record = (label: string, value: string | number) => {
  table[label] = value;
  console.log(`  ${label}: ${value}`);
};
// Practice feedback is measured on its evaluation set alone: no database, no server.
if (runs("feedback")) {
  step("practice feedback on the labelled evaluation set (bench/feedback-eval.json)");
  const feedback = evaluateFeedback();
  results.feedback = feedback;
  for (const [half, s] of [["tuning", feedback.tuning], ["held-out", feedback.heldOut]] as const) {
    record(`feedback ${half}: echo precision / recall`, `${s.echoPrecision} / ${s.echoRecall}`);
    record(`feedback ${half}: coverage paraphrase / off-topic`, `${s.paraphraseCoverage} / ${s.offTopicCoverage}`);
  }
}
const needsDatabase = PARTS.some((part) => part !== "feedback" && runs(part));
if (needsDatabase) step("database: migrate, seed, 10,000 generated questions");
const database = needsDatabase ? await startDatabase() : null;
if (database) await insertQuestions(database.databaseUrl, 10_000);
if (database && runs("lists")) {
  step("database: 10,000 candidates with interviews, notes and scorecards");
  await insertCandidates(database.databaseUrl);
}
const needsApp = PARTS.some((part) => !["import", "library", "feedback"].includes(part) && runs(part));
if (needsApp) step("production build and server");
// The metrics token lets the benchmark read the instance's own memory (sync2000).
const app = database && needsApp ? await startApp(database.databaseUrl, APP_PORT, { METRICS_TOKEN: BENCH_METRICS_TOKEN }) : null;
const stopBaseline = database && runs("state") ? await startBaseline(database.databaseUrl, BASELINE_PORT) : async () => undefined;
try {
  const cookie = app ? await signInCookie(app.baseUrl, "interviewer@example.com") : "";
  const needsSessions = (["sync", "sync2000", "state", "weight", "lighthouse", "pad"] as const).some(runs);
  const sessions = app && database && needsSessions ? await createLiveSessions(app.baseUrl, cookie, await someQuestionIds(database.databaseUrl, 5), 50) : [];

  if (app && runs("sync")) {
    step("live sync latency at 100 and 500 candidate streams over 50 sessions");
    const streams100 = await measureSyncLatency(app.baseUrl, cookie, sessions, 100);
    const streams500 = await measureSyncLatency(app.baseUrl, cookie, sessions, 500);
    results.syncLatencyMs = { ...(results.syncLatencyMs as object | undefined), streams100, streams500, loadAverage: loadAverage() };
    record("sync p50/p95/p99 @100 (ms)", `${streams100.p50} / ${streams100.p95} / ${streams100.p99}`);
    record("sync p50/p95/p99 @500 (ms)", `${streams500.p50} / ${streams500.p95} / ${streams500.p99}`);
  }

  if (app && database && runs("sync2000")) {
    step("live sync latency at 2,000 candidate streams over 200 sessions, and the instance's memory per stream");
    const more = await createLiveSessions(app.baseUrl, cookie, await someQuestionIds(database.databaseUrl, 5), 200 - sessions.length);
    const scale = await measureSyncAtScale(app.baseUrl, cookie, [...sessions, ...more], 2000);
    results.syncLatencyMs = { ...(results.syncLatencyMs as object | undefined), streams2000: scale };
    record("sync p50/p95/p99 @2000 over 200 sessions (ms)", `${scale.p50} / ${scale.p95} / ${scale.p99}`);
    record("instance memory per open stream: RSS / heap (KB)", `${scale.memoryPerStream.rssKb} / ${scale.memoryPerStream.heapKb}`);
    record("load average (1 min) before / after", `${scale.loadAverage.before} / ${scale.loadAverage.after}`);
  }

  if (app && runs("state")) {
    step("candidate state throughput (autocannon, 50 connections, 10 s each)");
    const token = sessions[0]!.token;
    const appRps = await throughput(`${app.baseUrl}/api/live/${token}`);
    const baselineRps = await throughput(`http://127.0.0.1:${BASELINE_PORT}/api/live/${token}`);
    const ratio = Math.round((appRps / baselineRps) * 100) / 100;
    results.candidateState = { appRps, baselineRps, ratio, loadAverage: loadAverage() };
    record("candidate state rps (app / baseline)", `${appRps} / ${baselineRps} = ${ratio}`);
  }

  if (app && runs("search")) {
    step("search over 10,000 questions: typed queries (1–3 words, rare and common), then broad single terms");
    const typed = await typedQueries(database!.databaseUrl, 320);
    const loadBefore = os.loadavg()[0]!;
    const search = await measureSearch(app.baseUrl, cookie, typed);
    const broad = await measureSearch(app.baseUrl, cookie, broadQueries(320));
    // The floor under both: the same API listing a page with no text to search.
    const noText = await measureSearch(app.baseUrl, cookie, [""], 100);
    const loadAverage = { before: loadBefore, after: os.loadavg()[0]! };
    results.searchMs = { ...search, matches: await matchCounts(database!.databaseUrl, typed), loadAverage };
    results.searchBroadMs = { ...broad, matches: await matchCounts(database!.databaseUrl, BROAD_TERMS), loadAverage };
    results.searchNoTextMs = { p50: noText.p50, p95: noText.p95, requests: noText.requests, loadAverage };
    record("search, typed queries, p50/p95 (ms)", `${search.p50} / ${search.p95}`);
    record("search, broad terms, p50/p95 (ms)", `${broad.p50} / ${broad.p95}`);
    record("same API, no search text, p50/p95 (ms)", `${noText.p50} / ${noText.p95}`);
    record("load average (1 min) before / after search", `${loadAverage.before.toFixed(2)} / ${loadAverage.after.toFixed(2)}`);
  }

  if (database && runs("import")) {
    step("import of a generated 1,000-question document");
    const imported = importTiming(database.databaseUrl);
    results.import1000Seconds = Math.round(imported.totalSeconds * 100) / 100;
    results.importDetail = imported;
    record("import 1,000 questions (s)", `${results.import1000Seconds} (parse ${imported.parseSeconds.toFixed(2)} + write ${imported.importSeconds.toFixed(2)})`);
  }

  if (database && runs("library")) {
    step("import of a folder of 500 generated documents in one command; export of a 1,000-question bank (the CLIs)");
    const library = await measureLibraryImport(database.databaseUrl);
    results.libraryImport = library;
    record("import 500 documents, one command (s)", `${library.seconds} (${library.questions} questions; load ${library.loadAverage.before[0]} → ${library.loadAverage.after[0]})`);
    const exported = await measureExport(database.databaseUrl);
    results.export1000Seconds = exported.seconds;
    results.exportDetail = exported;
    record("export 1,000 questions (s)", `${exported.seconds} (CLI start ${exported.cliStartSeconds}; load ${exported.loadAverage.before[0]} → ${exported.loadAverage.after[0]})`);
  }

  if (app && runs("lists")) {
    step("candidate list and calibration at 10,000 candidates (HTTP pages, as a hiring manager)");
    const lists = await measureLists(app.baseUrl, await signInCookie(app.baseUrl, "manager@example.com"));
    results.lists = { ...lists, loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100) };
    record("candidate list page p50/p95 (ms)", `${lists.listPage.p50} / ${lists.listPage.p95}`);
    record("calibration page, all history, p50/p95 (ms)", `${lists.calibrationPage.p50} / ${lists.calibrationPage.p95}`);
  }

  const candidateUrl = app && sessions[0] ? `${app.baseUrl}/join/${sessions[0].token}` : "";
  const cockpitUrl = app && sessions[0] ? `${app.baseUrl}/sessions/${sessions[0].id}/run` : "";
  if (app && runs("weight")) {
    step("page weight");
    const pageWeightKb = { candidate: await javascriptKb(candidateUrl), cockpit: await javascriptKb(cockpitUrl, cookie) };
    results.pageWeightKb = pageWeightKb;
    record("JS first load candidate / cockpit (KB gz)", `${pageWeightKb.candidate} / ${pageWeightKb.cockpit}`);
  }
  if (app && runs("lighthouse")) {
    step("Lighthouse");
    const lighthouse: Record<string, Scores> = {
      signIn: await lighthouseScores(`${app.baseUrl}/sign-in`),
      candidate: await lighthouseScores(candidateUrl),
      cockpit: await lighthouseScores(cockpitUrl, cookie),
    };
    results.lighthouse = lighthouse;
    for (const [page, s] of Object.entries(lighthouse)) {
      record(`lighthouse ${page} (perf / a11y)`, `${s.performance} / ${s.accessibility}`);
      if (s.failing?.length) record(`lighthouse ${page} failing audits`, s.failing.join(", "));
    }
  }

  if (app && database && runs("pad")) {
    step("code pad: keystroke → other side's stream, 100 pads typed into at once; candidate page weight");
    const loadBefore = os.loadavg()[0]!;
    const padSessions = await createLiveSessions(app.baseUrl, cookie, await someQuestionIds(database.databaseUrl, 1), 100);
    // BENCH_PAD_KEYS: keystrokes per second per pad (default 4, a fast typist without pauses).
    const latency = await measurePadLatency(app.baseUrl, cookie, padSessions, { keysPerSecond: Number(process.env.BENCH_PAD_KEYS ?? 4) });
    const loadAfter = os.loadavg()[0]!;
    // The candidate's first load with the pad unused (the editor is not fetched), and with a pad in
    // use, where the editor's chunks load right after (counted until the network is idle).
    const candidateKb = await javascriptKb(candidateUrl);
    const candidateWithPadKb = await javascriptKb(`${app.baseUrl}/join/${padSessions[0]!.token}`);
    // Each typing rate keeps its own figures, so runs at several rates (BENCH_PAD_KEYS) sit side by side.
    const previous = (results.pad as { byKeysPerSecond?: Record<string, unknown> } | undefined)?.byKeysPerSecond ?? {};
    const run = { ...latency, loadAverage: { before: loadBefore, after: loadAfter } };
    results.pad = {
      byKeysPerSecond: { ...previous, [String(latency.keysPerSecondPerPad)]: run },
      candidateFirstLoadKb: candidateKb,
      candidateWithPadInUseKb: candidateWithPadKb,
    };
    record("pad keystroke → other side p50/p95/p99 (ms)", `${latency.p50} / ${latency.p95} / ${latency.p99} (${latency.samples} keys, ${latency.errors} errors)`);
    record("candidate JS first load / with the pad in use (KB gz)", `${candidateKb} / ${candidateWithPadKb}`);
    record("load average (1 min) before / after", `${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)}`);
  }

  results.date = new Date().toISOString();
  results.partialRun = only ? only.join(",") : undefined;
  results.machine = {
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    cpu: os.cpus()[0]?.model,
    node: process.version,
    postgres: database?.serverVersion ?? (results.machine as { postgres?: string } | undefined)?.postgres,
  };
  results.durationSeconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.table(table);
  console.log(`bench/results.json written in ${results.durationSeconds} s${only ? ` (only ${only.join(", ")}; other parts kept their previous values)` : ""}`);
} finally {
  await stopBaseline();
  await app?.stop();
  await database?.stop();
}
process.exit(0);
