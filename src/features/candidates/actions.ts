"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requireUser } from "@/server/auth";
import { runAction } from "@/server/errors";
import { recordDecision } from "./decisions";

/** Records a hire / no hire / hold decision with its reason (hiring managers and admins). */
export async function recordDecisionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const decision = await recordDecision(user, input);
    revalidatePath(`/candidates/${decision.candidateId}`);
    revalidatePath("/candidates");
    return { id: decision.id };
  });
}
