"use server";

// The practice pages' server actions: each gets the signed-in user and hands it to the write in
// mutations.ts, which checks the permission and touches only that candidate's rows.
import type { ActionResult } from "@/lib/app-error";
import { requireUser } from "@/server/auth";
import { runAction } from "@/server/errors";
import type { RevealView } from "./dto";
import { createShare, grade, reveal, revokeShare, saveDraft, skipQuestion, startRun } from "./mutations";

export async function startRunAction(input: unknown): Promise<ActionResult<{ runId: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    return startRun(user, input);
  });
}

export async function saveDraftAction(input: unknown): Promise<ActionResult<{ savedAt: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    return saveDraft(user, input);
  });
}

/** Saves the submitted answer and only then returns the model answer, wrong answers and probes. */
export async function revealAction(input: unknown): Promise<ActionResult<RevealView>> {
  return runAction(async () => {
    const user = await requireUser();
    return reveal(user, input);
  });
}

export async function gradeAction(input: unknown): Promise<ActionResult<{ finished: boolean; nextDue: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    return grade(user, input);
  });
}

/** Moves past a question that can no longer be shown (it was deleted from its bank). */
export async function skipQuestionAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    await skipQuestion(user, input);
    return null;
  });
}

export async function createShareAction(): Promise<ActionResult<{ token: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    return createShare(user);
  });
}

export async function revokeShareAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    await revokeShare(user, input);
    return null;
  });
}
