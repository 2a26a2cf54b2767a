"use server";

import { revalidatePath } from "next/cache";
import { sendResetLink } from "@/features/account/password-reset";
import { actionOrigin } from "@/features/mail/origin";
import { authorizedAction } from "@/server/authorized-action";
import { createInvitation, invitationPath, revokeInvitation } from "./invitations";
import { changeRole, createUser, editUser, setActive } from "./mutations";
import { setSignUpPolicy } from "./sign-up-policy";

/** A write to the user list: once it has succeeded, the admin's users page is re-rendered. */
async function changingUsers<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  revalidatePath("/admin/users");
  return result;
}

/** Without a password the new user is mailed a sign-in link; the admin gets it back this once. */
export const createUserAction = authorizedAction(async (user, input) => changingUsers(createUser(user, input, await actionOrigin())));

export const changeRoleAction = authorizedAction(async (user, input) => {
  await changingUsers(changeRole(user, input));
  return null;
});

export const setActiveAction = authorizedAction(async (user, input) => {
  await changingUsers(setActive(user, input));
  return null;
});

export const updateSignUpPolicyAction = authorizedAction(async (user, input) => {
  const policy = await setSignUpPolicy(user, input);
  revalidatePath("/admin/settings");
  return { policy };
});

/** The invitation's link is returned as a path: only its hash is stored, so this is the one moment it exists. */
export const createInvitationAction = authorizedAction(async (user, input) => {
  const { token, expiresAt } = await createInvitation(user, input);
  revalidatePath("/admin/settings");
  return { path: invitationPath(token), expiresAt: expiresAt.toISOString() };
});

export const revokeInvitationAction = authorizedAction(async (user, input) => {
  await revokeInvitation(user, input);
  revalidatePath("/admin/settings");
  return null;
});

/** Renames a user or changes their email (which signs them out everywhere). */
export const editUserAction = authorizedAction((user, input) => changingUsers(editUser(user, input)));

/** Admin → Users: "Send reset link" mails the user a password reset link. */
export const sendResetLinkAction = authorizedAction(async (user, input) => {
  await sendResetLink(user, input, await actionOrigin());
  return null;
});
