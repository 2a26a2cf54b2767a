import "server-only";
import { RECOMMENDATIONS, type RecommendationWord } from "@/features/scorecards";
import { blindRuleCases } from "@/features/scorecards/server";
import type { Cursor } from "@/lib/cursor";
import type { Level } from "@/lib/levels";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { instant, keysetPage, type Page } from "@/server/keyset";
import { CANDIDATE_ORDERS, candidateListSql, pickerSql, type CandidateRow } from "./list-sql";
import { CANDIDATE_PAGE_SIZE, PICKER_PAGE_SIZE, type CandidateFilters } from "./schemas";
import type { CandidateStatus } from "./status";

// The hiring manager's lists: the candidate list and the compare picker, paged on the server.

export type CandidateListItem = {
  id: string;
  name: string;
  email: string | null;
  status: CandidateStatus;
  sessions: number;
  lastSessionAt: string | null;
  recommendations: Record<RecommendationWord, number>;
  /** True when the blind rule hides the panel's recommendations from this viewer. */
  hidden: boolean;
  level: Level | null;
  decision: { outcome: "HIRE" | "NO_HIRE" | "HOLD"; at: string } | null;
};

function toItem(row: CandidateRow): CandidateListItem {
  const counts = [row.strongNo, row.no, row.yes, row.strongYes];
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    status: row.status as CandidateStatus,
    sessions: row.sessions,
    lastSessionAt: row.lastSessionAt?.toISOString() ?? null,
    recommendations: Object.fromEntries(RECOMMENDATIONS.map((word, index) => [word, counts[index] ?? 0])) as Record<RecommendationWord, number>,
    hidden: !row.seesAll,
    level: row.level,
    decision: row.decisionOutcome && row.decisionAt ? { outcome: row.decisionOutcome, at: row.decisionAt.toISOString() } : null,
  };
}

const sortKey = (row: CandidateRow, filters: CandidateFilters) =>
  filters.sort === "name" ? [row.name, row.id] : filters.sort === "added" ? [instant(row.createdAt), row.id] : [instant(row.lastSessionAt), row.id];

/**
 * A page of candidates: filtered, searched and ordered in SQL (list-sql.ts), what each viewer sees
 * of the panel's recommendations decided by the blind rule per candidate, as on the debrief.
 */
export async function listCandidates(user: SessionUser, filters: CandidateFilters, cursor: Cursor | null = null, limit = CANDIDATE_PAGE_SIZE): Promise<Page<CandidateListItem>> {
  assertCan(user, "candidates:review");
  const sort = filters.sort ?? "recent";
  const blind = await blindRuleCases(user);
  const rows = await db.$queryRaw<CandidateRow[]>(candidateListSql(user.id, blind, filters, sort, cursor, limit));
  const page = keysetPage(rows, CANDIDATE_ORDERS[sort], cursor, limit, (row) => sortKey(row, filters));
  return { ...page, items: page.items.map(toItem) };
}

export type CandidateChoice = { id: string; name: string };

/**
 * The compare picker: interviewed candidates (a session that was not cancelled, which is what
 * lastSessionAt says) by name, `find` matching part of a name or email, a page at a time.
 */
export async function candidateChoices(user: SessionUser, { find, cursor = null, limit = PICKER_PAGE_SIZE }: { find?: string; cursor?: Cursor | null; limit?: number } = {}): Promise<Page<CandidateChoice>> {
  assertCan(user, "candidates:review");
  const rows = await db.$queryRaw<CandidateChoice[]>(pickerSql(find, cursor, limit));
  return keysetPage(rows, CANDIDATE_ORDERS.name, cursor, limit, (row) => [row.name, row.id]);
}
