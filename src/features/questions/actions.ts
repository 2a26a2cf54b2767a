"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/server/authorized-action";
import { archiveQuestion, createQuestion, importDocument, previewDocumentImport, restoreQuestion, updateQuestion, type ImportPreviewResult, type RestoreResult } from "./mutations";

export type { ImportPreviewResult, RestoreResult };

/** A write that changes the bank: once it has succeeded, every page under /questions is re-rendered. */
async function changingTheBank<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  revalidatePath("/questions", "layout");
  return result;
}

export const createQuestionAction = authorizedAction((user, input) => changingTheBank(createQuestion(user, input)));

/** Saves an edit as a new version; an unchanged save (or a tags-only one) keeps the version. */
export const updateQuestionAction = authorizedAction((user, input) => changingTheBank(updateQuestion(user, input)));

/** "Delete" archives: sessions and practice attempts still point at the question's versions. */
export const archiveQuestionAction = authorizedAction(async (user, input) => {
  await changingTheBank(archiveQuestion(user, input));
  return null;
});

/** Brings an archived question back (its id, its last content; a free number if its own is taken). */
export const restoreQuestionAction = authorizedAction((user, input) => changingTheBank(restoreQuestion(user, input)));

export const previewImportAction = authorizedAction(previewDocumentImport);

export const confirmImportAction = authorizedAction((user, input) => changingTheBank(importDocument(user, input)));
