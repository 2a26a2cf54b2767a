"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/server/authorized-action";
import { recordDecision } from "./mutations";
import { editCandidate, eraseCandidate, mergeCandidates } from "./personal-data";
import { setRetention } from "./retention";

/** Records a hire / no hire / hold decision with its reason (hiring managers and admins). */
export const recordDecisionAction = authorizedAction(async (user, input) => {
  const decision = await recordDecision(user, input);
  revalidatePath(`/candidates/${decision.candidateId}`);
  revalidatePath("/candidates");
  return { id: decision.id };
});

/** Corrects a candidate's name and email. */
export const editCandidateAction = authorizedAction(async (user, input) => {
  const result = await editCandidate(user, input);
  revalidatePath("/candidates", "layout");
  return result;
});

/** Merges another record of the same person into this one. */
export const mergeCandidatesAction = authorizedAction(async (user, input) => {
  const result = await mergeCandidates(user, input);
  revalidatePath("/candidates", "layout");
  return result;
});

/** Erases a candidate and everything recorded about them. */
export const eraseCandidateAction = authorizedAction(async (user, input) => {
  const result = await eraseCandidate(user, input);
  revalidatePath("/candidates", "layout");
  return result;
});

/** Admin → Settings: the retention period (months), or off. */
export const updateRetentionAction = authorizedAction(async (user, input) => {
  const result = await setRetention(user, input);
  revalidatePath("/admin/settings");
  return result;
});
