import "server-only";
import { queueMail } from "@/features/mail/outbox";
import { linkOrigin } from "@/features/mail/origin";
import { db, type Db } from "@/server/db";

// Reminders, run by the app's scheduler (src/instrumentation.ts) with its clock:
// - to each panel member whose scorecard is still a draft (or not begun) 24 h after the session
//   ended, once per card;
// - to every active hiring manager when every scorecard of a session is in and no decision on the
//   candidate was recorded since, once per session.
// Only what became due within the last REMINDER_HORIZON_MS (7 days) is reminded of: a draft of a
// session that ended 1 to 7 days ago, a session whose last card came in during the last 7 days.
// The first run after the reminders were deployed would otherwise mail about every old session
// in the database (nothing marks them as reminded), and a reminder weeks late helps nobody.
// "Once" is a MailReminder row inserted with ON CONFLICT DO NOTHING in the transaction that
// queues the mail: several instances running the job at once queue each reminder once.

export const DRAFT_REMINDER_AFTER_MS = 24 * 60 * 60 * 1000;
export const REMINDER_HORIZON_MS = 7 * 24 * 60 * 60 * 1000;

async function once(client: Db, kind: string, sessionId: string, userId: string, queue: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => Promise<unknown>): Promise<boolean> {
  return client.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "MailReminder" ("kind", "sessionId", "userId") VALUES (${kind}, ${sessionId}, ${userId}) ON CONFLICT DO NOTHING`;
    if (!inserted) return false;
    await queue(tx);
    return true;
  });
}

/** Queues the reminders due at `now`; resolves to how many were queued. */
export async function runReminders(now: Date, client: Db = db, origin = linkOrigin()): Promise<number> {
  let queued = 0;
  const cutoff = new Date(now.getTime() - DRAFT_REMINDER_AFTER_MS);
  const horizon = new Date(now.getTime() - REMINDER_HORIZON_MS);
  const owed = await client.$queryRaw<Array<{ sessionId: string; title: string; userId: string; email: string }>>`
    SELECT s."id" AS "sessionId", s."title", u."id" AS "userId", u."email"
    FROM "InterviewSession" s
    JOIN "SessionInterviewer" si ON si."sessionId" = s."id"
    JOIN "User" u ON u."id" = si."userId" AND u."active"
    LEFT JOIN "Scorecard" c ON c."sessionId" = s."id" AND c."interviewerId" = si."userId"
    WHERE s."status" = 'COMPLETED' AND s."endedAt" <= ${cutoff} AND s."endedAt" > ${horizon}
      AND (c."status" IS NULL OR c."status" = 'DRAFT')
      AND NOT EXISTS (SELECT 1 FROM "MailReminder" r WHERE r."kind" = 'scorecard-draft' AND r."sessionId" = s."id" AND r."userId" = u."id")
    LIMIT 500`;
  for (const row of owed) {
    const link = new URL(`/sessions/${row.sessionId}/scorecard`, origin).toString();
    const sent = await once(client, "scorecard-draft", row.sessionId, row.userId, (tx) =>
      queueMail(tx, {
        to: row.email,
        subject: `Your scorecard is still a draft: ${row.title}`,
        body: `The interview "${row.title}" ended more than a day ago and your scorecard is not submitted yet.\n\nFinish it: ${link}`,
        reason: "you were on this interview's panel and your scorecard is not in",
      }),
    );
    if (sent) queued++;
  }

  const complete = await client.$queryRaw<Array<{ sessionId: string; title: string; candidateId: string; candidateName: string }>>`
    SELECT s."id" AS "sessionId", s."title", s."candidateId", COALESCE(NULLIF(s."candidateName", ''), c."name") AS "candidateName"
    FROM "InterviewSession" s JOIN "Candidate" c ON c."id" = s."candidateId"
    WHERE s."status" = 'COMPLETED'
      AND EXISTS (SELECT 1 FROM "SessionInterviewer" si WHERE si."sessionId" = s."id")
      AND NOT EXISTS (
        SELECT 1 FROM "SessionInterviewer" si
        LEFT JOIN "Scorecard" sc ON sc."sessionId" = si."sessionId" AND sc."interviewerId" = si."userId"
        WHERE si."sessionId" = s."id" AND (sc."status" IS NULL OR sc."status" <> 'SUBMITTED'))
      AND NOT EXISTS (SELECT 1 FROM "MailReminder" r WHERE r."kind" = 'cards-in' AND r."sessionId" = s."id")
      AND (SELECT COALESCE(max(sc."submittedAt"), s."endedAt") FROM "Scorecard" sc WHERE sc."sessionId" = s."id") > ${horizon}
      -- A candidate already decided on needs no reminder (nor do old sessions the first run finds).
      AND NOT EXISTS (SELECT 1 FROM "Decision" d WHERE d."candidateId" = s."candidateId" AND d."createdAt" >= s."endedAt")
    LIMIT 500`;
  if (complete.length) {
    const managers = await client.user.findMany({ where: { role: "HIRING_MANAGER", active: true }, select: { email: true } });
    for (const row of complete) {
      const link = new URL(`/candidates/${row.candidateId}`, origin).toString();
      const sent = await once(client, "cards-in", row.sessionId, "", async (tx) => {
        for (const manager of managers) {
          await queueMail(tx, {
            to: manager.email,
            subject: `Ready for a decision: ${row.candidateName}`,
            body: `Every scorecard of "${row.title}" with ${row.candidateName} is in.\n\nDebrief: ${link}`,
            reason: "you are a hiring manager in Probe",
          });
        }
      });
      if (sent) queued += managers.length;
    }
  }
  return queued;
}
