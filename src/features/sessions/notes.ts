import "server-only";
import { storedProbes, storedWrongAnswers } from "@/features/questions/content";
import { isScorecardLocked } from "@/features/scorecards/server";
import type { FieldErrors } from "@/lib/app-error";
import type { SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError, ConflictError } from "@/server/errors";
import { isRecordNotFound, isUniqueViolation } from "@/server/prisma-errors";
import { authorizeSession } from "./access";
import { noteSelect, toNoteView } from "./dto";
import { saveNoteSchema } from "./schemas";
import type { NoteView } from "./types";

// One interviewer's rating, notes and checkmarks on one question, saved as they type. Each save
// names the revision it was based on; a save based on an older revision (another tab wrote in
// between) is refused with the current note (a 409 carrying `current`), so nothing is silently
// overwritten. A save never lands after the interviewer's scorecard was submitted: the check and
// the write happen in one transaction that holds the question against the submit (see below).

const sortedUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

const SUBMITTED = "Your scorecard is submitted; amend it on the scorecard page to change ratings or notes";

export async function saveQuestionNote(user: SessionUser, sessionId: string, position: number, input: unknown): Promise<NoteView> {
  await authorizeSession(user, "run", sessionId);
  const data = saveNoteSchema.parse(input);
  const question = await db.sessionQuestion.findUnique({
    where: { sessionId_position: { sessionId, position } },
    select: { id: true, questionVersion: { select: { wrongAnswers: true, probes: true } } },
  });
  if (!question) throw new AppError("NOT_FOUND", "No such question in this session");

  const errors: FieldErrors = {};
  const wrongCount = storedWrongAnswers(question.questionVersion.wrongAnswers).length;
  const probeCount = storedProbes(question.questionVersion.probes).length;
  if (data.heardWrongAnswers.some((i) => i >= wrongCount)) errors.heardWrongAnswers = ["That wrong answer is not part of this question"];
  if (data.hintedProbes.some((i) => i >= probeCount)) errors.hintedProbes = ["That probe is not part of this question"];
  if (Object.keys(errors).length) throw new AppError("VALIDATION", "Some fields are invalid", errors);

  const values = {
    rating: data.rating,
    notes: data.notes,
    heardWrongAnswers: sortedUnique(data.heardWrongAnswers),
    hintedProbes: sortedUnique(data.hintedProbes),
  };
  const key = { sessionQuestionId: question.id, interviewerId: user.id };
  try {
    const saved = await db.$transaction(async (tx) => {
      // KEY SHARE on the question: the submit of a scorecard takes every question of the session
      // FOR UPDATE (scorecards/mutations.ts), so it waits for this save to commit and then reads
      // it, or this save waits for the submit and then sees it below. Other interviewers' saves
      // and the session's own moves (which update the row's clocks) are not held up.
      await tx.$queryRaw`SELECT 1 FROM "SessionQuestion" WHERE "id" = ${question.id} FOR KEY SHARE`;
      // A submitted scorecard is locked; its ratings and notes change only through an amendment,
      // which keeps the earlier version.
      if (await isScorecardLocked(user, sessionId, tx)) throw new AppError("CONFLICT", SUBMITTED);
      if (data.revision === 0) return tx.questionNote.create({ data: { ...key, ...values, revision: 1 }, select: noteSelect });
      // Compare-and-set in one statement: only a note still at the expected revision is updated.
      return tx.questionNote.update({
        where: { sessionQuestionId_interviewerId: key, revision: data.revision },
        data: { ...values, revision: { increment: 1 } },
        select: noteSelect,
      });
    });
    return toNoteView(saved);
  } catch (error) {
    if (isUniqueViolation(error) || isRecordNotFound(error)) {
      const current = await db.questionNote.findUnique({ where: { sessionQuestionId_interviewerId: key }, select: noteSelect });
      throw new ConflictError("This note was changed elsewhere (another tab?) since you loaded it", toNoteView(current));
    }
    throw error;
  }
}
