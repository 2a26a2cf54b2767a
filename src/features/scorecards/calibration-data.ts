import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { INCONSISTENT_GAP, interviewerOrder, questionOrder, type Calibration, type InterviewerCalibration, type QuestionCalibration } from "./calibration";
import { blindRuleCases } from "./queries";

// The calibration page's figures, aggregated in SQL over every completed session (or those that
// ended in a date range): the database reads what it must and returns one row per interviewer
// and per question, however long the history. The definitions are calibration.ts's; its pure
// `calibrate` is what calibration-sql.test.ts holds these statements to.
// The blind rule still holds: a reviewer who sits on a candidate's panel and owes a scorecard
// gets none of that candidate's sessions in the figures (a per-question mean would otherwise hint
// at colleagues' ratings).

export type CalibrationRange = { from?: string; to?: string };

type BlindCases = Awaited<ReturnType<typeof blindRuleCases>>;

/** The completed sessions in range this viewer may count (`visible`), and every row they rest on. */
function scope(viewerId: string, blind: BlindCases, range: CalibrationRange): Prisma.Sql {
  const ended: Prisma.Sql[] = [];
  if (range.from) ended.push(Prisma.sql`s."endedAt" >= ${range.from}::date`);
  if (range.to) ended.push(Prisma.sql`s."endedAt" < ${range.to}::date + 1`);
  return Prisma.sql`
    WITH "inRange" AS (
      SELECT s."id", s."candidateId", s."endedAt" FROM "InterviewSession" s
      WHERE s."status" = 'COMPLETED' ${ended.length ? Prisma.sql`AND ${Prisma.join(ended, " AND ")}` : Prisma.empty}
    ), "seats" AS (
      -- The viewer's seats, per candidate: does one still owe a scorecard?
      SELECT s."candidateId", bool_or(s."status" <> 'CANCELLED' AND NOT EXISTS (
        SELECT 1 FROM "Scorecard" sc WHERE sc."sessionId" = s."id" AND sc."interviewerId" = ${viewerId} AND sc."status" = 'SUBMITTED'
      )) AS "owes"
      FROM "SessionInterviewer" me JOIN "InterviewSession" s ON s."id" = me."sessionId"
      WHERE me."userId" = ${viewerId}
      GROUP BY s."candidateId"
    ), "visible" AS (
      SELECT r.* FROM "inRange" r LEFT JOIN "seats" ON "seats"."candidateId" = r."candidateId"
      WHERE CASE WHEN "seats"."candidateId" IS NULL THEN ${blind.noSeat}::boolean WHEN "seats"."owes" THEN ${blind.owing}::boolean ELSE ${blind.settled}::boolean END
    ), "panel" AS (
      SELECT v."id" AS "sessionId", v."endedAt", si."userId", COALESCE(sc."status" = 'SUBMITTED', false) AS "submitted", sc."submittedAt"
      FROM "visible" v
      JOIN "SessionInterviewer" si ON si."sessionId" = v."id"
      LEFT JOIN "Scorecard" sc ON sc."sessionId" = v."id" AND sc."interviewerId" = si."userId"
    ), "asked" AS (
      SELECT v."id" AS "sessionId", v."endedAt", sq."id" AS "askedId", qv."questionId", qv."title", qv."level"
      FROM "visible" v
      JOIN "SessionQuestion" sq ON sq."sessionId" = v."id"
      JOIN "QuestionVersion" qv ON qv."id" = sq."questionVersionId"
    ), "rated" AS (
      -- Every question asked × every panel member, with their rating if they gave one.
      SELECT a."sessionId", a."questionId", p."userId", p."submitted", n."rating"
      FROM "asked" a
      JOIN "panel" p ON p."sessionId" = a."sessionId"
      LEFT JOIN "QuestionNote" n ON n."sessionQuestionId" = a."askedId" AND n."interviewerId" = p."userId"
    )`;
}

/** A row of the interviewers' statement: the figures as calibration.ts defines them. */
type InterviewerRow = InterviewerCalibration;

function interviewersSql(prefix: Prisma.Sql): Prisma.Sql {
  const delay = Prisma.sql`GREATEST(0, EXTRACT(EPOCH FROM (p."submittedAt" - p."endedAt")) * 1000)`;
  const timed = Prisma.sql`p."submitted" AND p."submittedAt" IS NOT NULL AND p."endedAt" IS NOT NULL`;
  return Prisma.sql`${prefix}
    , "perPerson" AS (
      SELECT p."userId", count(*)::int AS "sessions", (count(*) FILTER (WHERE p."submitted"))::int AS "submitted",
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY ${delay}) FILTER (WHERE ${timed}))::float8 AS "medianSubmitMs",
             (max(${delay}) FILTER (WHERE ${timed}))::float8 AS "slowestSubmitMs"
      FROM "panel" p GROUP BY p."userId"
    ), "perRating" AS (
      SELECT r."userId", (count(r."rating") FILTER (WHERE r."submitted"))::int AS "ratings",
             (avg(r."rating") FILTER (WHERE r."submitted"))::float8 AS "mean",
             (stddev_pop(r."rating") FILTER (WHERE r."submitted"))::float8 AS "spread",
             (count(*) FILTER (WHERE r."rating" IS NULL))::int AS "unrated"
      FROM "rated" r GROUP BY r."userId"
    )
    SELECT u."id", u."name", u."email", pp."sessions", pp."submitted", COALESCE(pr."ratings", 0) AS "ratings", pr."mean", pr."spread",
           COALESCE(pr."unrated", 0) AS "unrated", pp."medianSubmitMs", pp."slowestSubmitMs"
    FROM "perPerson" pp JOIN "User" u ON u."id" = pp."userId" LEFT JOIN "perRating" pr ON pr."userId" = pp."userId"`;
}

type QuestionRow = Omit<QuestionCalibration, "inconsistent">;

function questionsSql(prefix: Prisma.Sql): Prisma.Sql {
  // The newest title and level a question was asked with name it (it may have been edited since).
  const newest = Prisma.sql`ORDER BY a."endedAt" DESC NULLS LAST, a."sessionId" DESC`;
  return Prisma.sql`${prefix}
    , "perAsked" AS (
      SELECT a."questionId", count(*)::int AS "sessions", (array_agg(a."title" ${newest}))[1] AS "title", (array_agg(a."level"::text ${newest}))[1] AS "level"
      FROM "asked" a GROUP BY a."questionId"
    ), "perRated" AS (
      SELECT r."questionId", count(r."rating")::int AS "ratings", avg(r."rating")::float8 AS "mean", stddev_pop(r."rating")::float8 AS "spread"
      FROM "rated" r WHERE r."submitted" GROUP BY r."questionId"
    ), "perSession" AS (
      -- Within one session, how far apart the submitted ratings of the question are.
      SELECT r."questionId", count(r."rating") AS "n", max(r."rating") - min(r."rating") AS "gap"
      FROM "rated" r WHERE r."submitted" GROUP BY r."sessionId", r."questionId"
    ), "perGap" AS (
      SELECT g."questionId", (max(g."gap") FILTER (WHERE g."n" >= 2))::int AS "maxGap" FROM "perSession" g GROUP BY g."questionId"
    )
    SELECT pa."questionId", pa."title", pa."level", pa."sessions", COALESCE(pr."ratings", 0) AS "ratings", pr."mean", pr."spread", pg."maxGap"
    FROM "perAsked" pa LEFT JOIN "perRated" pr ON pr."questionId" = pa."questionId" LEFT JOIN "perGap" pg ON pg."questionId" = pa."questionId"`;
}

export async function getCalibration(user: SessionUser, range: CalibrationRange = {}): Promise<Calibration & { excludedSessions: number; sessions: number }> {
  assertCan(user, "candidates:review");
  const prefix = scope(user.id, await blindRuleCases(user), range);
  // One snapshot for the three reads, so the figures and the counts agree.
  const [interviewerRows, questionRows, counts] = await db.$transaction(
    [
      db.$queryRaw<InterviewerRow[]>(interviewersSql(prefix)),
      db.$queryRaw<QuestionRow[]>(questionsSql(prefix)),
      db.$queryRaw<Array<{ all: number; visible: number }>>`${prefix} SELECT (SELECT count(*) FROM "inRange")::int AS "all", (SELECT count(*) FROM "visible")::int AS "visible"`,
    ],
    { isolationLevel: "RepeatableRead" },
  );
  const interviewers = interviewerRows.sort(interviewerOrder);
  const questions: QuestionCalibration[] = questionRows.map((q) => ({ ...q, inconsistent: q.maxGap !== null && q.maxGap >= INCONSISTENT_GAP })).sort(questionOrder);
  const { all = 0, visible = 0 } = counts[0] ?? {};
  return { interviewers, questions, excludedSessions: all - visible, sessions: visible };
}
