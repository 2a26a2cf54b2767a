"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requireUser, signIn } from "@/server/auth";
import { authorizedAction } from "@/server/authorized-action";
import { runAction } from "@/server/errors";
import { changePassword, revokeOwnSession } from "./mutations";
import { saveDetectedTimeZone, setTimeZone } from "./time-zone";

/**
 * Changing the password bumps authVersion, which signs the user out everywhere; this browser is
 * then signed in again with the new password so the person who changed it stays in.
 */
export async function changePasswordAction(input: unknown): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    const user = await requireUser();
    const { newPassword } = await changePassword(user, input);
    return { email: user.email, newPassword };
  });
  if (!result.ok) return result;
  // Signing in again answers with a redirect that carries the new cookie, so the next page is
  // rendered with it (never with the old, now refused, one).
  await signIn("credentials", { email: result.data.email, password: result.data.newPassword, redirectTo: "/account?password=changed" });
  return { ok: true, data: null };
}

/** Signs out another browser of one's own (the account page's list of sessions). */
export const revokeSessionAction = authorizedAction(async (user, input) => {
  await revokeOwnSession(user, input);
  revalidatePath("/account");
  return null;
});

/** The zone chosen on the Account page; every page re-renders in it. */
export const setTimeZoneAction = authorizedAction(async (user, input) => {
  const result = await setTimeZone(user, input);
  revalidatePath("/", "layout");
  return result;
});

/** The browser's zone on a first visit (kept only while none is saved). */
export const detectTimeZoneAction = authorizedAction((user, input) => saveDetectedTimeZone(user, input));
