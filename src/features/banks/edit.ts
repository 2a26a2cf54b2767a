import "server-only";
// An admin's edits to a bank as a whole: its name and description, and deleting it. Each checks
// banks:edit, then parses; each is one transaction, audited in it.
//
// The name is the importer's key: a document's title (or the import's bank field, `--bank` on the
// command line) finds the bank by name. A renamed bank is found by its new name; a document still
// titled with the old one would make a new bank, which the bank page says beside the form.
import { lockBank } from "@/features/questions/versions";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { isForeignKeyViolation, isUniqueViolation } from "@/server/prisma-errors";
import { deleteBankSchema, editBankSchema } from "./schemas";

const NAME_TAKEN = () => new AppError("VALIDATION", "Another bank has this name", { name: ["Another bank has this name"] });

/** Renames and describes a bank. Imports of either name wait for it (the bank lock), so none lands halfway. */
export async function editBank(user: SessionUser, input: unknown): Promise<{ id: string; name: string }> {
  assertCan(user, "banks:edit");
  const { bankId, name, description } = editBankSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.bank.findUnique({ where: { id: bankId }, select: { name: true, description: true } });
      if (!before) throw new AppError("NOT_FOUND", "No such bank");
      // In a fixed order, so two renames crossing each other cannot deadlock.
      for (const key of [before.name, name].sort()) await lockBank(tx, key);
      if (name !== before.name && (await tx.bank.findUnique({ where: { name }, select: { id: true } }))) throw NAME_TAKEN();
      const changed = [...(name !== before.name ? ["name"] : []), ...(description !== before.description ? ["description"] : [])];
      if (!changed.length) return { id: bankId, name };
      await tx.bank.update({ where: { id: bankId }, data: { name, description } });
      const details = name !== before.name ? { changed, nameFrom: before.name, nameTo: name } : { changed };
      await audit({ actorId: user.id, action: "bank.edit", targetType: "bank", targetId: bankId, details }, tx);
      return { id: bankId, name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw NAME_TAKEN();
    throw error;
  }
}

export type BankUse = { kits: string[]; sessions: string[]; practiceAttempts: number; practiceCards: number; practiceRuns: number };

/** What uses a bank's questions (any version of them): kits and sessions by name, practice by count. */
export async function bankUse(tx: Tx, bankId: string): Promise<BankUse> {
  const inBank = { question: { bankId } };
  const [kits, sessions, practiceAttempts, practiceCards, runs] = await Promise.all([
    tx.kit.findMany({ where: { items: { some: inBank } }, orderBy: { name: "asc" }, select: { name: true } }),
    tx.interviewSession.findMany({ where: { questions: { some: { questionVersion: inBank } } }, orderBy: { createdAt: "asc" }, select: { title: true } }),
    tx.practiceAttempt.count({ where: { questionVersion: inBank } }),
    tx.practiceCard.count({ where: inBank }),
    tx.$queryRaw<Array<{ count: bigint }>>`
      SELECT count(*) AS "count" FROM "PracticeRun" r
      WHERE r."questionIds" && ARRAY(SELECT q."id" FROM "Question" q WHERE q."bankId" = ${bankId})`,
  ]);
  return { kits: kits.map((k) => k.name), sessions: sessions.map((s) => s.title), practiceAttempts, practiceCards, practiceRuns: Number(runs[0]?.count ?? 0) };
}

const quoted = (names: string[], max = 3) => {
  const shown = names.slice(0, max).map((n) => `“${n}”`).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
};
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why a bank in use cannot be deleted, naming what uses it; null when nothing does. */
export function inUseReason(use: BankUse): string | null {
  const parts = [
    use.kits.length ? `${count(use.kits.length, "kit", "kits")} (${quoted(use.kits)})` : null,
    use.sessions.length ? `${count(use.sessions.length, "interview session", "interview sessions")} (${quoted(use.sessions)})` : null,
    use.practiceAttempts ? count(use.practiceAttempts, "practice attempt", "practice attempts") : null,
    use.practiceCards && !use.practiceAttempts ? count(use.practiceCards, "practice schedule", "practice schedules") : null,
    use.practiceRuns && !use.practiceAttempts ? count(use.practiceRuns, "practice run", "practice runs") : null,
  ].filter((part): part is string => part !== null);
  return parts.length ? `This bank is in use, so it cannot be deleted. Its questions are used by ${parts.join("; ")}.` : null;
}

/**
 * Deletes a bank nothing uses, with its questions and their versions. A bank in use (by a kit, an
 * interview session, practice) is refused with a 409 naming what uses it: those keep pointing at
 * its questions' versions. Copies made from its questions into other banks stay, unlinked.
 */
export async function deleteBank(user: SessionUser, input: unknown): Promise<{ id: string; name: string }> {
  assertCan(user, "banks:edit");
  const { bankId } = deleteBankSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const bank = await tx.bank.findUnique({ where: { id: bankId }, select: { name: true, _count: { select: { questions: true } } } });
      if (!bank) throw new AppError("NOT_FOUND", "No such bank");
      await lockBank(tx, bank.name);
      const reason = inUseReason(await bankUse(tx, bankId));
      if (reason) throw new AppError("CONFLICT", reason);
      await tx.bank.delete({ where: { id: bankId } });
      await audit({ actorId: user.id, action: "bank.delete", targetType: "bank", targetId: bankId, details: { name: bank.name, questions: bank._count.questions } }, tx);
      return { id: bankId, name: bank.name };
    });
  } catch (error) {
    // A session or practice attempt that took one of its versions after the check: the database refuses the delete.
    if (isForeignKeyViolation(error)) throw new AppError("CONFLICT", "This bank came into use meanwhile, so it cannot be deleted; reload to see what uses it");
    throw error;
  }
}
