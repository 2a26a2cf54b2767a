"use server";

// The practice pages' server actions: each gets the signed-in user and hands it to the write in
// mutations.ts, which checks the permission and touches only that candidate's rows.
import { authorizedAction } from "@/server/authorized-action";
import { cancelMock, createMock } from "./mock/mutations";
import { createShare, grade, reveal, revokeShare, saveDraft, skipQuestion, startRun } from "./mutations";

export const startRunAction = authorizedAction(startRun);

export const saveDraftAction = authorizedAction(saveDraft);

/** Saves the submitted answer and only then returns the model answer, wrong answers and probes. */
export const revealAction = authorizedAction(reveal);

export const gradeAction = authorizedAction(grade);

/** Moves past a question that can no longer be shown (it was deleted from its bank). */
export const skipQuestionAction = authorizedAction(async (user, input) => {
  await skipQuestion(user, input);
  return null;
});

export const createShareAction = authorizedAction(createShare);

export const revokeShareAction = authorizedAction(async (user, input) => {
  await revokeShare(user, input);
  return null;
});

/** A mock interview from practice-bank questions; answers the friend's link token, once. */
export const createMockAction = authorizedAction(createMock);

export const cancelMockAction = authorizedAction(async (user, input) => {
  await cancelMock(user, input);
  return null;
});
