import "server-only";
import type { FieldErrors } from "@/lib/app-error";
import { toLevel } from "@/lib/levels";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError, ConflictError } from "@/server/errors";
import { isRecordNotFound, isUniqueViolation } from "@/server/prisma-errors";
import { missingForSubmit } from "./completeness";
import { ratingsOf, scorecardSessionSelect, snapshotOf, type ScorecardSessionRow } from "./dto";
import { canSubmitIn, scorecardWriteRefusal } from "./policy";
import { getOwnScorecard, loadScorecardSession } from "./queries";
import { saveScorecardSchema, submitScorecardSchema, toRecommendationEnum, type SaveScorecardInput } from "./schemas";
import type { ScorecardView } from "./types";

// Writes of one interviewer's own scorecard. The per-question ratings and notes are the
// QuestionNote rows the cockpit writes (one source of truth); the Scorecard row adds the
// recommendation, level, summary, status and revision. Every save names the revision it was
// based on; a stale one is refused with the current scorecard (409 carrying `current`), never
// silently overwritten.

/** Role first (a hiring manager is refused before any lookup), then 404, then the panel rule. */
async function authorizeWrite(user: SessionUser, sessionId: string): Promise<ScorecardSessionRow> {
  assertCan(user, "scorecards:write");
  const row = await loadScorecardSession(user, sessionId);
  const refusal = scorecardWriteRefusal(user, { interviewerIds: row.interviewers.map((i) => i.user.id), status: row.status });
  if (refusal === "FORBIDDEN") throw new AppError("FORBIDDEN", "Only the session's interviewers can score it");
  if (refusal === "NOT_STARTED") throw new AppError("CONFLICT", "This session has not run, so there is nothing to score");
  return row;
}

async function conflict(user: SessionUser, sessionId: string, message: string): Promise<ConflictError<ScorecardView>> {
  return new ConflictError(message, await getOwnScorecard(user, sessionId));
}

/** Maps the API's bank question ids to this session's questions; unknown ids are field errors. */
function sessionQuestionIds(row: ScorecardSessionRow, data: SaveScorecardInput): Map<string, string> {
  const byQuestion = new Map(row.questions.map((q) => [q.questionVersion.questionId, q.id]));
  const errors: FieldErrors = {};
  data.ratings.forEach((r, index) => {
    if (!byQuestion.has(r.questionId)) errors[`ratings.${index}.questionId`] = ["That question is not part of this session"];
  });
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "Some fields are invalid", errors);
  return byQuestion;
}

async function writeRatings(tx: Tx, userId: string, data: SaveScorecardInput, ids: Map<string, string>) {
  for (const r of data.ratings) {
    const key = { sessionQuestionId: ids.get(r.questionId)!, interviewerId: userId };
    // Bumping the note's revision makes a cockpit tab still open on this question reload before it writes.
    await tx.questionNote.upsert({
      where: { sessionQuestionId_interviewerId: key },
      create: { ...key, rating: r.rating, notes: r.notes ?? "", revision: 1 },
      update: { rating: r.rating, ...(r.notes === undefined ? {} : { notes: r.notes }), revision: { increment: 1 } },
    });
  }
}

function cardFields(data: SaveScorecardInput) {
  return {
    ...(data.recommendation === undefined ? {} : { recommendation: data.recommendation ? toRecommendationEnum(data.recommendation) : null }),
    ...(data.level === undefined ? {} : { level: data.level ? toLevel(data.level) : null }),
    ...(data.summary === undefined ? {} : { summary: data.summary }),
  };
}

/** Field errors for whatever still blocks submitting, read inside the transaction that checks it. */
async function missingIn(tx: Tx, sessionId: string, userId: string): Promise<FieldErrors> {
  const row = await tx.interviewSession.findUniqueOrThrow({ where: { id: sessionId }, select: scorecardSessionSelect });
  const card = row.scorecards.find((c) => c.interviewerId === userId);
  return missingForSubmit({ recommendation: card?.recommendation, level: card?.level, questions: ratingsOf(row, userId) });
}

/** PUT /api/sessions/:id/scorecard: saves the caller's draft, or amends their submitted scorecard. */
export async function saveScorecard(user: SessionUser, sessionId: string, input: unknown): Promise<ScorecardView> {
  const row = await authorizeWrite(user, sessionId);
  const data = saveScorecardSchema.parse(input);
  const ids = sessionQuestionIds(row, data);
  const card = row.scorecards.find((c) => c.interviewerId === user.id) ?? null;

  if (card?.status === "SUBMITTED" && !data.amend) {
    throw await conflict(user, sessionId, "This scorecard is submitted and locked; amend it to change it");
  }
  if (data.amend && card?.status !== "SUBMITTED") {
    throw new AppError("BAD_REQUEST", "Only a submitted scorecard can be amended; save the draft instead");
  }
  if (data.revision !== undefined && data.revision !== (card?.revision ?? 0)) {
    throw await conflict(user, sessionId, "This scorecard was changed elsewhere (another tab?) since you loaded it");
  }

  try {
    await db.$transaction(async (tx) => {
      if (!card) {
        await tx.scorecard.create({ data: { sessionId, interviewerId: user.id, ...cardFields(data), revision: 1 } });
      } else {
        // Compare-and-set on the revision read above: a concurrent save in between makes this miss.
        await tx.scorecard.update({ where: { id: card.id, revision: card.revision }, data: { ...cardFields(data), revision: { increment: 1 } } });
      }
      if (data.amend && card) {
        await tx.scorecardRevision.create({ data: { scorecardId: card.id, snapshot: snapshotOf(row, card), amendedById: user.id } });
      }
      await writeRatings(tx, user.id, data, ids);
      if (data.amend && card) {
        const missing = await missingIn(tx, sessionId, user.id);
        if (Object.keys(missing).length) throw new AppError("VALIDATION", "An amended scorecard must still be complete", missing);
        await audit({ actorId: user.id, action: "scorecard.amend", targetType: "scorecard", targetId: card.id, details: { sessionId, fromRevision: card.revision } }, tx);
      }
    });
  } catch (error) {
    if (isUniqueViolation(error) || isRecordNotFound(error)) {
      throw await conflict(user, sessionId, "This scorecard was changed elsewhere (another tab?) since you loaded it");
    }
    throw error;
  }
  return getOwnScorecard(user, sessionId);
}

/** POST /api/sessions/:id/scorecard/submit: locks the caller's scorecard once it is complete. */
export async function submitScorecard(user: SessionUser, sessionId: string, input: unknown): Promise<ScorecardView> {
  const row = await authorizeWrite(user, sessionId);
  const { revision } = submitScorecardSchema.parse(input);
  if (!canSubmitIn(row.status)) throw new AppError("CONFLICT", "Submit once the session has ended");
  const card = row.scorecards.find((c) => c.interviewerId === user.id) ?? null;
  if (card?.status === "SUBMITTED") throw await conflict(user, sessionId, "This scorecard is already submitted");
  if (revision !== undefined && revision !== (card?.revision ?? 0)) {
    throw await conflict(user, sessionId, "This scorecard was changed elsewhere (another tab?) since you loaded it");
  }

  const missing = missingForSubmit({ recommendation: card?.recommendation, level: card?.level, questions: ratingsOf(row, user.id) });
  if (Object.keys(missing).length) throw new AppError("VALIDATION", "The scorecard is not complete", missing);

  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.scorecard.update({
        where: { id: card!.id, revision: card!.revision, status: "DRAFT" },
        data: { status: "SUBMITTED", submittedAt: new Date(), revision: { increment: 1 } },
        select: { id: true },
      });
      // Ratings and notes live in QuestionNote, which the cockpit writes as the interviewer types.
      // A note save holds its question (KEY SHARE, sessions/notes.ts) while it checks that the card
      // is not submitted and writes; taking every question of the session here waits for those in
      // flight and holds off the next ones until this commits, when they see SUBMITTED and stop.
      // So what is read below is exactly what stays submitted.
      await lockQuestionsAgainstNotes(tx, sessionId);
      const late = await missingIn(tx, sessionId, user.id);
      if (Object.keys(late).length) throw new AppError("VALIDATION", "The scorecard is not complete", late);
      await audit({ actorId: user.id, action: "scorecard.submit", targetType: "scorecard", targetId: updated.id, details: { sessionId } }, tx);
      return getOwnScorecard(user, sessionId, tx);
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw await conflict(user, sessionId, "This scorecard was changed elsewhere (another tab?) since you loaded it");
    throw error;
  }
}

/** Every question of the session, locked until the transaction ends (see submitScorecard). */
async function lockQuestionsAgainstNotes(tx: Tx, sessionId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "SessionQuestion" WHERE "sessionId" = ${sessionId} ORDER BY "position" FOR UPDATE`;
}
