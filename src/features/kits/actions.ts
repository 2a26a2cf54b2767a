"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/server/authorized-action";
import { deleteKit, saveKit } from "./mutations";
import { searchPickerQuestions } from "./queries";

/** Creates a kit (no id) or replaces an existing kit's name, description and ordered questions. */
export const saveKitAction = authorizedAction(async (user, input) => {
  const saved = await saveKit(user, input);
  revalidatePath("/kits");
  return saved;
});

export const deleteKitAction = authorizedAction(async (user, input) => {
  await deleteKit(user, input);
  revalidatePath("/kits");
  return null;
});

/** The question picker's search (kits and ad-hoc sessions). */
export const searchQuestionsAction = authorizedAction(searchPickerQuestions);
