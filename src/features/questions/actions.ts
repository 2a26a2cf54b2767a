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
    const created = await createQuestion(await requireUser(), input);
    revalidateBank();
    return created;
  });
}

/** Saves an edit as a new version; an unchanged save (or a tags-only one) keeps the version. */
export async function updateQuestionAction(input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction(async () => {
    const saved = await updateQuestion(await requireUser(), input);
    revalidateBank();
    return saved;
  });
}

/** "Delete" archives: sessions and practice attempts still point at the question's versions. */
export async function archiveQuestionAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    await archiveQuestion(await requireUser(), input);
    revalidateBank();
    return null;
  });
}

export async function previewImportAction(input: unknown): Promise<ActionResult<ImportPreviewResult>> {
  return runAction(async () => previewDocumentImport(await requireUser(), input));
}

export async function confirmImportAction(input: unknown): Promise<ActionResult<ImportSummary>> {
  return runAction(async () => {
    const summary = await importDocument(await requireUser(), input);
    revalidateBank();
    return summary;
  });
}
