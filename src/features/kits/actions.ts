"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requireUser } from "@/server/auth";
import { runAction } from "@/server/errors";
import { deleteKit, saveKit } from "./mutations";
import { searchPickerQuestions } from "./queries";
import type { PickerQuestion } from "./types";

/** Creates a kit (no id) or replaces an existing kit's name, description and ordered questions. */
export async function saveKitAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const saved = await saveKit(user, input);
    revalidatePath("/kits");
    return saved;
  });
}

export async function deleteKitAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    await deleteKit(user, input);
    revalidatePath("/kits");
    return null;
  });
}

/** The question picker's search (kits and ad-hoc sessions). */
export async function searchQuestionsAction(input: unknown): Promise<ActionResult<PickerQuestion[]>> {
  return runAction(async () => {
    const user = await requireUser();
    return searchPickerQuestions(user, input);
  });
}
