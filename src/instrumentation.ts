// Runs once when a Next.js server instance starts (Next's instrumentation hook). It starts the
// jobs the app runs on its own; each is safe on several instances at once (src/server/scheduler.ts),
// and the mail worker with its embedded receiver (src/features/mail/runtime.ts).
export async function register() {
  // Next sets NEXT_RUNTIME itself; the jobs need Node (the database), never the edge runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobs } = await import("@/server/scheduler");
  const { runRetention } = await import("@/features/candidates/retention");
  const { runReminders } = await import("@/features/scorecards/reminders");
  startJobs([
    { name: "candidate retention", everyMs: 60 * 60 * 1000, run: runRetention },
    { name: "scorecard reminders", everyMs: 10 * 60 * 1000, run: (now) => runReminders(now) },
  ]);
  const { startMail } = await import("@/features/mail/runtime");
  // Mail that cannot go out yet stays queued; the app serves requests either way.
  await startMail().catch((error) => console.warn("[mail] the mail worker did not start; messages stay queued", error));
}
