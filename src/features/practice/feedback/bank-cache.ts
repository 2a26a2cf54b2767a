import "server-only";
// Each practice bank's index (bank-index.ts), kept per app instance until the bank changes: one
// cheap aggregate per request tells whether the cached index still describes the bank (its
// question count and latest edit), so only the first request after a change reads the whole bank.
import { activeQuestionWhere } from "@/features/questions/queries";
import { readStoredContent } from "@/features/questions/content";
import { db } from "@/server/db";
import { buildBankIndex, questionTexts, type BankIndex } from "./bank-index";

const MAX_BANKS = 16;
const cache = new Map<string, { stamp: string; index: BankIndex }>();

export async function bankIndexFor(bankId: string): Promise<BankIndex> {
  const where = { bankId, ...activeQuestionWhere };
  const state = await db.question.aggregate({ where, _count: { _all: true }, _max: { updatedAt: true } });
  const stamp = `${state._count._all}:${state._max.updatedAt?.toISOString() ?? ""}`;
  const hit = cache.get(bankId);
  if (hit && hit.stamp === stamp) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(bankId);
    cache.set(bankId, hit);
    return hit.index;
  }
  const rows = await db.question.findMany({
    where,
    select: { level: true, title: true, prompt: true, modelAnswer: true, wrongAnswers: true, probes: true, sections: true },
  });
  const index = buildBankIndex(rows.map((row) => questionTexts(readStoredContent(row))));
  cache.delete(bankId);
  cache.set(bankId, { stamp, index });
  if (cache.size > MAX_BANKS) cache.delete(cache.keys().next().value!);
  return index;
}
