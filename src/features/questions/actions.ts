"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requireUser } from "@/server/auth";
import { runAction } from "@/server/errors";
import type { ImportSummary } from "./import/persist";
import { archiveQuestion, createQuestion, importDocument, previewDocumentImport, updateQuestion, type ImportPreviewResult } from "./mutations";

export type { ImportPreviewResult };

function revalidateBank() {
  revalidatePath("/questions", "layout");
}

export async function createQuestionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const created = await createQuestion(user, input);
    revalidateBank();
    return created;
  });
}

/** Saves an edit as a new version; an unchanged save (or a tags-only one) keeps the version. */
export async function updateQuestionAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction(async () => {
    const user = await requireUser();
    const saved = await updateQuestion(user, input);
    revalidateBank();
    return saved;
  });
}

/** "Delete" archives: sessions and practice attempts still point at the question's versions. */
export async function archiveQuestionAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    await archiveQuestion(user, input);
    revalidateBank();
    return null;
  });
}

export async function previewImportAction(input: unknown): Promise<ActionResult<ImportPreviewResult>> {
  return runAction(async () => {
    const user = await requireUser();
    return previewDocumentImport(user, input);
  });
}

export async function confirmImportAction(input: unknown): Promise<ActionResult<ImportSummary>> {
  return runAction(async () => {
    const user = await requireUser();
    const summary = await importDocument(user, input);
    revalidateBank();
    return summary;
  });
}
