import "server-only";
// Retention: candidates with no activity for N months are anonymised (Admin → Settings; off by
// default). Run by a scheduled job (src/instrumentation.ts, every hour on every instance) and
// testable with any clock: `runRetention(now)` decides from `now` alone.
//
// Decision, what anonymising keeps and removes: the record's name and email go (the name becomes
// "Anonymised candidate"), and so does every free text written about the person: interviewers'
// notes, scorecard summaries and their amended versions, decision reasons, session titles (they
// often carry the name) and the code pads (the candidate's own words). The numbers stay: ratings,
// recommendations, levels, outcomes and dates, which calibration reads and which name nobody once
// the rest is gone. Erasing (personal-data.ts) is the request-driven, complete removal.
//
// Activity is the newest of: the record's creation, its sessions' creation, start and end, their
// scorecards' last change, and its decisions. A candidate with a scheduled or live interview is
// never anonymised, whatever the dates say.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { retentionSettingSchema } from "./schemas";

export const RETENTION_KEY = "candidateRetention";
export const ANONYMISED_NAME = "Anonymised candidate";
export const ANONYMISED_SESSION_TITLE = "Anonymised interview";
export const ANONYMISED_REASON = "(removed when the candidate was anonymised)";
/** Candidates handled per statement; a run goes on until none is left. */
const BATCH = 100;

const storedSchema = z.object({ months: z.number().int().min(1).max(120).nullable() });

/** The months of inactivity after which a candidate is anonymised, or null when retention is off (the default). */
export async function getRetentionMonths(): Promise<number | null> {
  const row = await db.setting.findUnique({ where: { key: RETENTION_KEY }, select: { value: true } });
  return storedSchema.catch({ months: null }).parse(row?.value ?? { months: null }).months;
}

/** Admin → Settings: turns retention on for N months, or off. Audited. */
export async function setRetention(user: SessionUser, input: unknown): Promise<{ months: number | null }> {
  assertCan(user, "settings:manage");
  const { months } = retentionSettingSchema.parse(input);
  const before = await getRetentionMonths();
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: RETENTION_KEY }, create: { key: RETENTION_KEY, value: { months } }, update: { value: { months } } });
    await audit({ actorId: user.id, action: "settings.update", targetType: "setting", targetId: RETENTION_KEY, details: { from: before, to: months } }, tx);
  });
  return { months };
}

/** The instant before which a candidate's last activity makes them due: `months` calendar months before `now` (UTC). */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  // 31 March minus one month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}

/** Candidates due for anonymising at `cutoff` (all of them, or only `id`), skipping rows another run holds. */
async function dueCandidates(tx: Tx, cutoff: Date, only: string | null, lock: boolean): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT c."id" FROM "Candidate" c
    WHERE c."anonymisedAt" IS NULL
      AND (${only}::text IS NULL OR c."id" = ${only}::text)
      AND NOT EXISTS (SELECT 1 FROM "InterviewSession" s WHERE s."candidateId" = c."id" AND s."status" IN ('SCHEDULED', 'LIVE'))
      AND GREATEST(
        c."createdAt",
        (SELECT max(GREATEST(s."createdAt", s."startedAt", s."endedAt")) FROM "InterviewSession" s WHERE s."candidateId" = c."id"),
        (SELECT max(sc."updatedAt") FROM "Scorecard" sc JOIN "InterviewSession" s ON s."id" = sc."sessionId" WHERE s."candidateId" = c."id"),
        (SELECT max(d."createdAt") FROM "Decision" d WHERE d."candidateId" = c."id")
      ) < ${cutoff.toISOString()}::timestamp(3)
    ORDER BY c."id"
    LIMIT ${BATCH}
    ${lock ? Prisma.sql`FOR UPDATE OF c SKIP LOCKED` : Prisma.empty}`;
  return rows.map((row) => row.id);
}

export type AnonymisedCounts = { notes: number; scorecards: number; revisions: number; codePads: number; decisions: number; sessions: number };

/** Anonymises one candidate inside `tx` (the row is locked by the caller). */
async function anonymise(tx: Tx, candidateId: string, now: Date, months: number): Promise<AnonymisedCounts> {
  const ofSessions = { session: { candidateId } };
  const [sessions, notes, scorecards, revisions, codePads, decisions] = await Promise.all([
    tx.interviewSession.updateMany({ where: { candidateId }, data: { title: ANONYMISED_SESSION_TITLE, candidateName: ANONYMISED_NAME } }),
    tx.questionNote.updateMany({ where: { sessionQuestion: ofSessions, notes: { not: "" } }, data: { notes: "" } }),
    tx.scorecard.updateMany({ where: { ...ofSessions, summary: { not: "" } }, data: { summary: "" } }),
    tx.scorecardRevision.deleteMany({ where: { scorecard: ofSessions } }),
    tx.codePad.deleteMany({ where: { sessionQuestion: ofSessions } }),
    tx.decision.updateMany({ where: { candidateId }, data: { reason: ANONYMISED_REASON } }),
  ]);
  await tx.candidate.update({ where: { id: candidateId }, data: { name: ANONYMISED_NAME, email: null, anonymisedAt: now } });
  const counts = { sessions: sessions.count, notes: notes.count, scorecards: scorecards.count, revisions: revisions.count, codePads: codePads.count, decisions: decisions.count };
  await audit({ actorId: null, action: "candidate.anonymise", targetType: "candidate", targetId: candidateId, details: { months, ...counts } }, tx);
  return counts;
}

/**
 * The scheduled job: anonymises every candidate due at `now`, each in a transaction of its own
 * that checks again under the row's lock (an interview booked meanwhile keeps them), so two app
 * instances running it at once never handle one candidate twice. Does nothing while retention is off.
 */
export async function runRetention(now: Date = new Date()): Promise<{ months: number | null; anonymised: number }> {
  const months = await getRetentionMonths();
  if (months === null) return { months, anonymised: 0 };
  const cutoff = retentionCutoff(now, months);
  let anonymised = 0;
  const seen = new Set<string>();
  for (;;) {
    const due = (await dueCandidates(db, cutoff, null, false)).filter((id) => !seen.has(id));
    if (!due.length) break;
    for (const id of due) {
      seen.add(id);
      const done = await db.$transaction(async (tx) => {
        const [locked] = await dueCandidates(tx, cutoff, id, true);
        return locked ? (await anonymise(tx, locked, now, months), true) : false;
      });
      if (done) anonymised += 1;
    }
  }
  return { months, anonymised };
}
