"use server";

// The bank page's server actions: each gets the signed-in user and hands it to the write in
// mutations.ts, which checks banks:manage before it reads its input.
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/server/authorized-action";
import { deleteBank, editBank } from "./edit";
import { copyQuestionsToPractice, setBankPurpose } from "./mutations";

/** Makes a bank an interview or a practice bank (audited). */
export const setBankPurposeAction = authorizedAction(async (user, input) => {
  const bank = await setBankPurpose(user, input);
  revalidatePath("/questions", "layout");
  return bank;
});

/** Copies chosen questions of an interview bank into a practice bank, each a question of its own. */
export const copyToPracticeAction = authorizedAction(async (user, input) => {
  const result = await copyQuestionsToPractice(user, input);
  revalidatePath("/questions", "layout");
  return result;
});

/** Renames and describes a bank (admins; audited). */
export const editBankAction = authorizedAction(async (user, input) => {
  const bank = await editBank(user, input);
  revalidatePath("/questions", "layout");
  return bank;
});

/** Deletes a bank nothing uses (admins; audited); one in use is refused, naming what uses it. */
export const deleteBankAction = authorizedAction(async (user, input) => {
  const bank = await deleteBank(user, input);
  revalidatePath("/questions", "layout");
  return bank;
});
