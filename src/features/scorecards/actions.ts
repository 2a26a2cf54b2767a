"use server";

// Server actions of the scorecards feature: the admin's blind review setting, and the question
// exposure check the session builder calls. Scorecard writes go through the JSON API
// (src/app/api/sessions/[id]/scorecard), which the scorecard form uses too.
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requireUser } from "@/server/auth";
import { runAction } from "@/server/errors";
import { checkExposure, type ExposureItem } from "./exposure";
import type { BlindMode } from "./policy";
import { setBlindMode } from "./settings";

export async function updateBlindModeAction(input: unknown): Promise<ActionResult<{ mode: BlindMode }>> {
  return runAction(async () => {
    const user = await requireUser();
    const mode = await setBlindMode(user, input);
    revalidatePath("/admin/settings");
    return { mode };
  });
}

/** Which of these questions the candidate (by id or email) was already asked in a live interview. */
export async function checkExposureAction(input: unknown): Promise<ActionResult<ExposureItem[]>> {
  return runAction(async () => {
    const user = await requireUser();
    return checkExposure(user, input);
  });
}
