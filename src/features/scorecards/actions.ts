"use server";

// Server actions of the scorecards feature: the admin's blind review setting, and the question
// exposure check the kit and session builders call. Scorecard writes go through the JSON API
// (src/app/api/sessions/[id]/scorecard), which the scorecard form uses too.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requirePermission } from "@/server/auth";
import { runAction } from "@/server/errors";
import { questionsSeenByCandidate } from "./exposure";
import type { BlindMode } from "./policy";
import { exposureInputSchema } from "./schemas";
import { setBlindMode } from "./settings";

export async function updateBlindModeAction(input: unknown): Promise<ActionResult<{ mode: BlindMode }>> {
  return runAction(async () => {
    const user = await requirePermission("settings:manage");
    const mode = await setBlindMode(user, input);
    revalidatePath("/admin/settings");
    return { mode };
  });
}

export type ExposureItem = { questionId: string; sessionId: string; date: string };

/** Which of these questions the candidate (by id or email) was already asked in a live interview. */
export async function checkExposureAction(input: unknown): Promise<ActionResult<ExposureItem[]>> {
  return runAction(async () => {
    await requirePermission("sessions:create");
    const data = exposureInputSchema.parse(input);
    const seen = await questionsSeenByCandidate({ id: data.candidateId, email: data.candidateEmail }, data.questionIds);
    return [...seen].map(([questionId, e]) => ({ questionId, sessionId: e.sessionId, date: e.date.toISOString() }));
  });
}
