"use server";

// Server actions of the scorecards feature: the admin's blind review setting. Scorecard writes go
// through the JSON API (src/app/api/sessions/[id]/scorecard), which the scorecard form uses too.
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/server/authorized-action";
import { setBlindMode } from "./settings";

export const updateBlindModeAction = authorizedAction(async (user, input) => {
  const mode = await setBlindMode(user, input);
  revalidatePath("/admin/settings");
  return { mode };
});
