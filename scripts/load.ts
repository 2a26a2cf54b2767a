// `npm run load`: holds 300 concurrent candidate event streams and 50 acting interviewers on one
// app instance for a minute, then reports errors and latency. Traffic stays on this machine.
//   LOAD_SECONDS=60 LOAD_STREAMS=300 LOAD_INTERVIEWERS=50 npm run load
import { signInCookie, startApp, startDatabase } from "../bench/lib/app";
import { insertQuestions, someQuestionIds } from "../bench/lib/data";
import { openStream, type Stream } from "../bench/lib/sse";
import { percentiles } from "../bench/lib/stats";
import { createLiveSessions } from "../bench/sync-latency";

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const streamCount = Number(process.env.LOAD_STREAMS ?? 300);
const interviewers = Number(process.env.LOAD_INTERVIEWERS ?? 50);
const port = Number(process.env.LOAD_PORT ?? 3950);

const database = await startDatabase();
await insertQuestions(database.databaseUrl, 200);
const app = await startApp(database.databaseUrl, port);
let exitCode = 0;
try {
  const cookie = await signInCookie(app.baseUrl, "interviewer@example.com");
  // One session per acting interviewer; candidates spread evenly over them.
  const sessions = await createLiveSessions(app.baseUrl, cookie, await someQuestionIds(database.databaseUrl, 5), interviewers);
  const streams: Stream[] = [];
  let streamErrors = 0;
  for (let i = 0; i < streamCount; i++) {
    try {
      streams.push(await openStream(`${app.baseUrl}/api/live/${sessions[i % sessions.length]!.token}/events`));
    } catch {
      streamErrors += 1;
    }
  }

  const actionLatency: number[] = [];
  let actionErrors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    sessions.map(async (session) => {
      // Every session starts on its first question, so each lane begins with "next".
      for (let i = 0; Date.now() < until; i++) {
        const started = performance.now();
        try {
          const response = await fetch(`${app.baseUrl}/api/sessions/${session.id}/actions`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie, origin: app.baseUrl },
            body: JSON.stringify({ type: i % 2 === 0 ? "next-question" : "previous-question" }),
          });
          await response.arrayBuffer();
          if (!response.ok) actionErrors += 1;
          else actionLatency.push(performance.now() - started);
        } catch {
          actionErrors += 1;
        }
        // An interviewer acts every second or so, not in a tight loop.
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }),
  );
  const events = streams.reduce((sum, stream) => sum + stream.events, 0);
  for (const stream of streams) stream.close();
  const report = {
    seconds,
    streams: { opened: streams.length, errors: streamErrors, eventsReceived: events },
    actions: { ok: actionLatency.length, errors: actionErrors, latencyMs: percentiles(actionLatency) },
  };
  console.log(JSON.stringify(report, null, 2));
  if (streamErrors || actionErrors) exitCode = 1;
} finally {
  await app.stop();
  await database.stop();
}
process.exit(exitCode);
