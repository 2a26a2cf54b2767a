"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requirePermission } from "@/server/auth";
import { db } from "@/server/db";
import { AppError, runAction } from "@/server/errors";
import { findActiveQuestions, searchBankQuestions } from "./bank";
import { kitCan } from "./policy";
import { kitFormSchema, kitIdSchema, pickerSearchSchema } from "./schemas";
import type { PickerQuestion } from "./types";

/** Creates a kit (no id) or replaces an existing kit's name, description and ordered questions. */
export async function saveKitAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requirePermission("kits:manage");
    const data = kitFormSchema.parse(input);
    const found = await findActiveQuestions(data.items.map((item) => item.questionId));
    const missing = data.items.findIndex((item) => !found.has(item.questionId));
    if (missing >= 0) {
      throw new AppError("VALIDATION", "A picked question is no longer in the bank", { [`items.${missing}.questionId`]: ["This question no longer exists"] });
    }
    const items = data.items.map((item, position) => ({ questionId: item.questionId, position, budgetSeconds: item.budgetMinutes * 60 }));

    const id = await db.$transaction(async (tx) => {
      if (!data.id) {
        const kit = await tx.kit.create({ data: { name: data.name, description: data.description, createdById: user.id, items: { create: items } } });
        return kit.id;
      }
      const existing = await tx.kit.findUnique({ where: { id: data.id }, select: { id: true, createdById: true } });
      if (!existing) throw new AppError("NOT_FOUND", "No such kit");
      if (!kitCan(user, "edit", existing)) throw new AppError("FORBIDDEN", "You cannot edit this kit");
      // Positions are unique per kit, so the simplest correct reorder is delete and recreate.
      await tx.kitItem.deleteMany({ where: { kitId: existing.id } });
      await tx.kit.update({ where: { id: existing.id }, data: { name: data.name, description: data.description, items: { create: items } } });
      return existing.id;
    });
    revalidatePath("/kits");
    return { id };
  });
}

export async function deleteKitAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("kits:manage");
    const { id } = kitIdSchema.parse(input);
    const kit = await db.kit.findUnique({ where: { id }, select: { createdById: true } });
    if (!kit) throw new AppError("NOT_FOUND", "No such kit");
    if (!kitCan(user, "delete", kit)) throw new AppError("FORBIDDEN", "Only the kit's author or an admin can delete it");
    await db.kit.delete({ where: { id } });
    revalidatePath("/kits");
    return null;
  });
}

/** The question picker's search (kits and ad-hoc sessions). */
export async function searchQuestionsAction(input: unknown): Promise<ActionResult<PickerQuestion[]>> {
  return runAction(async () => {
    await requirePermission("kits:manage");
    return searchBankQuestions(pickerSearchSchema.parse(input));
  });
}
