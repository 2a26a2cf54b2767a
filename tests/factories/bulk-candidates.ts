// Thousands of candidates with finished interviews, written with a handful of INSERT … SELECT
// statements (seconds, where the app's own path would take many minutes). For the lists-at-scale
// suite and `npm run bench` (its "lists" part). Takes a function that runs one SQL statement
// with $1… parameters, so a Prisma client and a plain pg client can both drive it.
//
// Candidate i (0 = the oldest) is "Bulk Candidate 00042 Ompkhdal" <bulk-42@scale.example>, the
// last word made from md5(i) so that searches for a surname are as selective as real ones. Every session
// is interviewed by the given panel on the given question versions. Candidates come in groups of
// four that share one createdAt and one session start to the millisecond, so every order has ties
// for paging to get right. Every tenth (i % 10 = 5) is only scheduled; the rest completed, both
// scorecards submitted at level LEVELS[i % 4]; every seventh (i % 7 = 3) has a hiring decision.

import { createHash } from "node:crypto";

export type RunSql = (sql: string, params: unknown[]) => Promise<unknown>;

export const BULK_START = new Date(Date.UTC(2025, 0, 1));
export const BULK_STEP_MINUTES = 7;
export const BULK_LEVELS = ["JUNIOR", "MIDDLE", "SENIOR", "STAFF"] as const;

/** The start of candidate i's name, unique to it (the surname follows). */
export const bulkName = (i: number) => `Bulk Candidate ${String(i).padStart(5, "0")}`;
const SURNAME_SQL = `initcap(translate(substr(md5(i::text), 1, 8), '0123456789', 'ghijklmnop'))`;
export const bulkSurname = (i: number) => {
  const word = [...createHash("md5").update(String(i)).digest("hex").slice(0, 8)].map((c) => (/\d/.test(c) ? "ghijklmnop"[Number(c)] : c)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
};
export const bulkEmail = (i: number) => `bulk-${i}@scale.example`;
export const bulkId = (i: number) => `bulk-c-${String(i).padStart(5, "0")}`;
/** When candidate i was created; its session starts an hour later and ends two hours later. */
export const bulkCreatedAt = (i: number) => new Date(BULK_START.getTime() + Math.floor(i / 4) * BULK_STEP_MINUTES * 60_000);
export const bulkCompleted = (i: number) => i % 10 !== 5;
export const bulkDecided = (i: number) => i % 7 === 3;

export async function insertBulkCandidates(run: RunSql, options: { count: number; interviewerIds: [string, string]; questionVersionIds: string[]; decidedById: string }): Promise<void> {
  const { count, interviewerIds, questionVersionIds, decidedById } = options;
  // $2 is the start as ISO text: the columns are UTC timestamps without a zone.
  const created = `(($2::timestamptz AT TIME ZONE 'UTC') + (i / 4) * interval '${BULK_STEP_MINUTES} minutes')`;
  const start = BULK_START.toISOString();
  await run(
    `INSERT INTO "Candidate" ("id", "name", "email", "createdAt")
     SELECT 'bulk-c-' || lpad(i::text, 5, '0'), 'Bulk Candidate ' || lpad(i::text, 5, '0') || ' ' || ${SURNAME_SQL}, 'bulk-' || i || '@scale.example', ${created}
     FROM generate_series(0, $1::int - 1) AS i`,
    [count, start],
  );
  await run(
    `INSERT INTO "InterviewSession" ("id", "candidateId", "title", "status", "tokenHash", "currentIndex", "revision", "startedAt", "endedAt", "createdById", "createdAt", "updatedAt")
     SELECT 'bulk-s-' || lpad(i::text, 5, '0'), 'bulk-c-' || lpad(i::text, 5, '0'), 'Bulk round ' || i,
            (CASE WHEN i % 10 = 5 THEN 'SCHEDULED' ELSE 'COMPLETED' END)::"SessionStatus", 'bulk-token-' || i, 0, 1,
            CASE WHEN i % 10 = 5 THEN NULL ELSE ${created} + interval '1 hour' END,
            CASE WHEN i % 10 = 5 THEN NULL ELSE ${created} + interval '2 hours' END,
            $3, ${created}, now()
     FROM generate_series(0, $1::int - 1) AS i`,
    [count, start, interviewerIds[0]],
  );
  await run(
    `INSERT INTO "SessionInterviewer" ("sessionId", "userId")
     SELECT s."id", u."id" FROM "InterviewSession" s CROSS JOIN unnest($1::text[]) AS u("id") WHERE s."id" LIKE 'bulk-s-%'`,
    [interviewerIds],
  );
  await run(
    `INSERT INTO "SessionQuestion" ("id", "sessionId", "position", "questionVersionId")
     SELECT s."id" || '-q' || v.position, s."id", v.position - 1, v."id"
     FROM "InterviewSession" s CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS v("id", position) WHERE s."id" LIKE 'bulk-s-%'`,
    [questionVersionIds],
  );
  // Ratings 1–4 spread over candidates, questions and interviewers; only on completed sessions.
  await run(
    `INSERT INTO "QuestionNote" ("id", "sessionQuestionId", "interviewerId", "rating", "revision", "updatedAt")
     SELECT sq."id" || '-n' || u.k, sq."id", u."id", 1 + ((substr(s."id", 8)::int + sq."position" + u.k::int) % 4), 1, now()
     FROM "SessionQuestion" sq JOIN "InterviewSession" s ON s."id" = sq."sessionId"
     CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS u("id", k)
     WHERE s."id" LIKE 'bulk-s-%' AND s."status" = 'COMPLETED'`,
    [interviewerIds],
  );
  await run(
    `INSERT INTO "Scorecard" ("id", "sessionId", "interviewerId", "status", "recommendation", "level", "revision", "submittedAt", "createdAt", "updatedAt")
     SELECT s."id" || '-card' || u.k, s."id", u."id", 'SUBMITTED',
            (ARRAY['STRONG_NO', 'NO', 'YES', 'STRONG_YES'])[1 + (substr(s."id", 8)::int + u.k::int) % 4]::"Recommendation",
            (ARRAY['JUNIOR', 'MIDDLE', 'SENIOR', 'STAFF'])[1 + substr(s."id", 8)::int % 4]::"Level",
            1, s."endedAt" + interval '30 minutes', s."endedAt", now()
     FROM "InterviewSession" s CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS u("id", k)
     WHERE s."id" LIKE 'bulk-s-%' AND s."status" = 'COMPLETED'`,
    [interviewerIds],
  );
  await run(
    `INSERT INTO "Decision" ("id", "candidateId", "decidedById", "outcome", "reason", "createdAt")
     SELECT 'bulk-d-' || i, 'bulk-c-' || lpad(i::text, 5, '0'), $3, 'HIRE', 'Bulk decision', ${created} + interval '1 day'
     FROM generate_series(0, $1::int - 1) AS i WHERE i % 7 = 3`,
    [count, start, decidedById],
  );
  // What autovacuum would do a minute later: fresh statistics (the planner picks its plans by them)
  // and the trigram indexes' pending entries merged (until then the planner prices them too high).
  for (const table of ["Candidate", "InterviewSession", "SessionInterviewer", "SessionQuestion", "QuestionNote", "Scorecard", "Decision"]) {
    await run(`VACUUM ANALYZE "${table}"`, []);
  }
}
