import "server-only";
import { activeQuestionWhere, searchQuestionItems } from "@/features/questions/queries";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { instant, keysetPage, type Page } from "@/server/keyset";
import { AppError } from "@/server/errors";
import { KIT_RECENT, kitListSql, type KitListQuery } from "./list-sql";
import { kitCan } from "./policy";
import { KIT_PAGE_SIZE, pickerSearchSchema } from "./schemas";
import type { KitDetail, KitSummary, PickerQuestion } from "./types";

const PICKER_LIMIT = 50;

/**
 * The kit and session builders' question picker: the bank's one search (the questions feature's,
 * so the same ranking, title fallback and archived rule as the question list), 50 at most.
 */
export async function searchPickerQuestions(user: SessionUser, input: unknown): Promise<PickerQuestion[]> {
  assertCan(user, "kits:manage");
  const { q, level, bankId } = pickerSearchSchema.parse(input);
  const items = await searchQuestionItems(user, { q, level, bank: bankId, limit: PICKER_LIMIT, offset: 0 });
  return items.map((item) => ({ id: item.id, number: item.number, level: item.level, title: item.title, bankName: item.bank.name }));
}

/** Recently changed first, a page at a time (keyset on (updatedAt, id)); `q` finds part of a name. */
export async function listKits(user: SessionUser, query: KitListQuery = {}): Promise<Page<KitSummary>> {
  assertCan(user, "kits:manage");
  const { cursor = null, limit = KIT_PAGE_SIZE } = query;
  const keys = await db.$queryRaw<Array<{ id: string; updatedAt: Date }>>(kitListSql(query));
  const page = keysetPage(keys, KIT_RECENT, cursor, limit, (row) => [instant(row.updatedAt), row.id]);
  const kits = await db.kit.findMany({
    where: { id: { in: page.items.map((row) => row.id) } },
    select: {
      id: true,
      name: true,
      description: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      items: { where: { question: activeQuestionWhere }, select: { budgetSeconds: true } },
    },
  });
  const byId = new Map(kits.map((kit) => [kit.id, kit]));
  const items = page.items.flatMap(({ id }) => {
    const kit = byId.get(id);
    if (!kit) return [];
    return [{
      id: kit.id,
      name: kit.name,
      description: kit.description,
      questionCount: kit.items.length,
      totalMinutes: Math.round(kit.items.reduce((sum, item) => sum + item.budgetSeconds, 0) / 60),
      createdBy: kit.createdBy.name,
      updatedAt: kit.updatedAt.toISOString(),
    }];
  });
  return { ...page, items };
}

export async function getKit(user: SessionUser, id: string): Promise<KitDetail> {
  assertCan(user, "kits:manage");
  const kit = await db.kit.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      description: true,
      revision: true,
      createdById: true,
      createdBy: { select: { name: true } },
      items: {
        where: { question: activeQuestionWhere },
        orderBy: { position: "asc" },
        select: {
          budgetSeconds: true,
          question: { select: { id: true, number: true, level: true, title: true, bank: { select: { name: true } } } },
        },
      },
    },
  });
  if (!kit) throw new AppError("NOT_FOUND", "No such kit");
  return {
    id: kit.id,
    name: kit.name,
    description: kit.description,
    revision: kit.revision,
    createdBy: kit.createdBy.name,
    canDelete: kitCan(user, "delete", kit),
    items: kit.items.map((item) => ({
      id: item.question.id,
      number: item.question.number,
      level: item.question.level,
      title: item.question.title,
      bankName: item.question.bank.name,
      budgetMinutes: Math.max(1, Math.round(item.budgetSeconds / 60)),
    })),
  };
}

export type KitChoice = { id: string; name: string; questionCount: number; questions: Array<{ id: string; title: string }> };

/** Kits to start a session from: name and questions (ids and titles, for the exposure warning). */
export async function listKitChoices(user: SessionUser): Promise<KitChoice[]> {
  assertCan(user, "sessions:create");
  const kits = await db.kit.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      items: { where: { question: activeQuestionWhere }, orderBy: { position: "asc" }, select: { question: { select: { id: true, title: true } } } },
    },
  });
  return kits.map((kit) => ({ id: kit.id, name: kit.name, questionCount: kit.items.length, questions: kit.items.map((item) => item.question) }));
}
