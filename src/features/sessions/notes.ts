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
// overwritten.

const sortedUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

export async function saveQuestionNote(user: SessionUser, sessionId: string, position: number, input: unknown): Promise<NoteView> {
  await authorizeSession(user, "run", sessionId);
  const data = saveNoteSchema.parse(input);
  // A submitted scorecard is locked; its ratings and notes change only through an amendment,
  // which keeps the earlier version.
  if (await isScorecardLocked(user, sessionId)) {
    throw new AppError("CONFLICT", "Your scorecard is submitted; amend it on the scorecard page to change ratings or notes");
  }
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
  const conflict = async () => {
    const current = await db.questionNote.findUnique({ where: { sessionQuestionId_interviewerId: key }, select: noteSelect });
    return new ConflictError("This note was changed elsewhere (another tab?) since you loaded it", toNoteView(current));
  };

  if (data.revision === 0) {
    try {
      const created = await db.questionNote.create({ data: { ...key, ...values, revision: 1 }, select: noteSelect });
      return toNoteView(created);
    } catch (error) {
      if (isUniqueViolation(error)) throw await conflict();
      throw error;
    }
  }
  // Compare-and-set in one statement: only a note still at the expected revision is updated.
  try {
    const saved = await db.questionNote.update({
      where: { sessionQuestionId_interviewerId: key, revision: data.revision },
      data: { ...values, revision: { increment: 1 } },
      select: noteSelect,
    });
    return toNoteView(saved);
  } catch (error) {
    if (isRecordNotFound(error)) throw await conflict();
    throw error;
  }
}
