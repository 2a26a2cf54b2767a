"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/server/authorized-action";
import { changeRole, createUser, editUser, setActive } from "./mutations";

/** A write to the user list: once it has succeeded, the admin's users page is re-rendered. */
async function changingUsers<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  revalidatePath("/admin/users");
  return result;
}

export const createUserAction = authorizedAction((user, input) => changingUsers(createUser(user, input)));

export const changeRoleAction = authorizedAction(async (user, input) => {
  await changingUsers(changeRole(user, input));
  return null;
});

export const setActiveAction = authorizedAction(async (user, input) => {
  await changingUsers(setActive(user, input));
  return null;
});

/** Renames a user or changes their email (which signs them out everywhere). */
export const editUserAction = authorizedAction((user, input) => changingUsers(editUser(user, input)));
