"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/server/authorized-action";
import { recordDecision } from "./mutations";

/** Records a hire / no hire / hold decision with its reason (hiring managers and admins). */
export const recordDecisionAction = authorizedAction(async (user, input) => {
  const decision = await recordDecision(user, input);
  revalidatePath(`/candidates/${decision.candidateId}`);
  revalidatePath("/candidates");
  return { id: decision.id };
});
