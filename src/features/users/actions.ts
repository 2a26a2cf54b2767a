"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requireUser } from "@/server/auth";
import { runAction } from "@/server/errors";
import { changeRole, createUser, setActive } from "./mutations";

export async function createUserAction(input: unknown): Promise<ActionResult<{ email: string; oneTimePassword?: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const created = await createUser(user, input);
    revalidatePath("/admin/users");
    return created;
  });
}

export async function changeRoleAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    await changeRole(user, input);
    revalidatePath("/admin/users");
    return null;
  });
}

export async function setActiveAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    await setActive(user, input);
    revalidatePath("/admin/users");
    return null;
  });
}
