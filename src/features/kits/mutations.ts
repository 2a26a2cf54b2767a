import "server-only";
import { findActiveQuestions } from "@/features/questions/queries";
import { idParamsSchema } from "@/lib/ids";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError, ConflictError } from "@/server/errors";
import { kitCan } from "./policy";
import { getKit } from "./queries";
import { kitFormSchema } from "./schemas";

// Writes to kits: each checks kits:manage first, then the kit's own rule (kitCan: any interviewer
// edits, only the author or kits:delete-any deletes).

/**
 * Creates a kit (no id) or replaces an existing kit's name, description and ordered questions.
 * An edit names the revision it was based on; if the kit was saved since, nothing is written and
 * the answer is a 409 carrying the kit as it is now (the editor offers "keep mine / use theirs").
 */
export async function saveKit(user: SessionUser, input: unknown): Promise<{ id: string; revision: number }> {
  assertCan(user, "kits:manage");
  const data = kitFormSchema.parse(input);
  const found = await findActiveQuestions(user, data.items.map((item) => item.questionId));
  const missing = data.items.findIndex((item) => !found.has(item.questionId));
  if (missing >= 0) {
    throw new AppError("VALIDATION", "A picked question is no longer in the bank", { [`items.${missing}.questionId`]: ["This question no longer exists"] });
  }
  const items = data.items.map((item, position) => ({ questionId: item.questionId, position, budgetSeconds: item.budgetMinutes * 60 }));

  const saved = await db.$transaction(async (tx) => {
    if (!data.id) {
      const kit = await tx.kit.create({ data: { name: data.name, description: data.description, createdById: user.id, revision: 1, items: { create: items } } });
      return { id: kit.id, revision: kit.revision };
    }
    const existing = await tx.kit.findUnique({ where: { id: data.id }, select: { id: true, createdById: true } });
    if (!existing) throw new AppError("NOT_FOUND", "No such kit");
    if (!kitCan(user, "edit", existing)) throw new AppError("FORBIDDEN", "You cannot edit this kit");
    // Compare-and-set in one statement, which also locks the row until this transaction ends.
    const { count } = await tx.kit.updateMany({
      where: { id: existing.id, revision: data.revision },
      data: { name: data.name, description: data.description, revision: { increment: 1 } },
    });
    if (count === 0) return null;
    // Positions are unique per kit, so the simplest correct reorder is delete and recreate.
    await tx.kitItem.deleteMany({ where: { kitId: existing.id } });
    await tx.kitItem.createMany({ data: items.map((item) => ({ ...item, kitId: existing.id })) });
    return { id: existing.id, revision: data.revision! + 1 };
  });
  if (!saved) throw new ConflictError("Someone saved this kit since you opened it", await getKit(user, data.id!));
  return saved;
}

/** Deletes a kit: its author or whoever may delete any kit (kitCan). `input` is `{ id }`. */
export async function deleteKit(user: SessionUser, input: unknown): Promise<void> {
  assertCan(user, "kits:manage");
  const { id } = idParamsSchema.parse(input);
  const kit = await db.kit.findUnique({ where: { id }, select: { createdById: true } });
  if (!kit) throw new AppError("NOT_FOUND", "No such kit");
  if (!kitCan(user, "delete", kit)) throw new AppError("FORBIDDEN", "Only the kit's author or an admin can delete it");
  await db.kit.delete({ where: { id } });
}
