// Every list at 10,000 rows, on the real database: the oldest and the newest candidate are found
// by search and by filter, paging visits every row exactly once (forwards and back, with many
// rows sharing a millisecond), calibration counts every session, and no page of any list reads a
// whole big table (EXPLAIN shows no sequential scan of one).
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/features/audit/queries";
import { auditListSql } from "@/features/audit/list-sql";
import { auditCursorSchema } from "@/features/audit/schemas";
import { candidateChoices, listCandidates } from "@/features/candidates/list";
import { candidateListSql, pickerSql } from "@/features/candidates/list-sql";
import { candidateCursorSchema, CANDIDATE_SORTS, pickerCursorSchema, type CandidateFilters, type CandidateSort } from "@/features/candidates/schemas";
import { kitListSql } from "@/features/kits/list-sql";
import { listKits } from "@/features/kits/queries";
import { kitCursorSchema } from "@/features/kits/schemas";
import { getCalibration } from "@/features/scorecards/server";
import { listSessions } from "@/features/sessions/list";
import { sessionListSql } from "@/features/sessions/list-sql";
import { sessionCursorSchema } from "@/features/sessions/schemas";
import { Prisma } from "@/generated/prisma/client";
import type { Cursor } from "@/lib/cursor";
import type { SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import type { Page } from "@/server/keyset";
import { bulkCompleted, bulkCreatedAt, bulkDecided, bulkEmail, bulkId, bulkName, bulkSurname, BULK_LEVELS, insertBulkCandidates } from "~tests/factories/bulk-candidates";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";

const N = 10_000;
const OLDEST = 0;
const NEWEST = N - 1;
const COMPLETED = Array.from({ length: N }, (_, i) => i).filter(bulkCompleted).length;
const AUDIT_ROWS = 1_200;

let manager: SessionUser;
let admin: SessionUser;
let ivan: SessionUser;
const asUser = (u: { id: string; email: string; name: string; role: SessionUser["role"] }): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });

beforeAll(async () => {
  await resetDb();
  const [i1, i2, m, a] = await Promise.all([
    createUser(db, { role: "INTERVIEWER", name: "Ivan Scale" }),
    createUser(db, { role: "INTERVIEWER", name: "Iris Scale" }),
    createUser(db, { role: "HIRING_MANAGER", name: "Maya Scale" }),
    createUser(db, { role: "ADMIN", name: "Ada Scale" }),
  ]);
  [ivan, manager, admin] = [asUser(i1), asUser(m), asUser(a)];
  const bank = await createBank(db);
  const questions = [await createQuestion(db, { bankId: bank.id, number: 1 }), await createQuestion(db, { bankId: bank.id, number: 2, level: "SENIOR" })];
  const started = performance.now();
  await insertBulkCandidates((sql, params) => db.$executeRawUnsafe(sql, ...params), {
    count: N,
    interviewerIds: [i1.id, i2.id],
    questionVersionIds: questions.map((q) => q.versions[0]!.id),
    decidedById: m.id,
  });
  // 10,000 kits, and audit entries written in only four distinct milliseconds.
  await db.$executeRaw`
    INSERT INTO "Kit" ("id", "name", "createdById", "createdAt", "updatedAt")
    SELECT 'bulk-kit-' || lpad(i::text, 5, '0'), 'Bulk kit ' || lpad(i::text, 5, '0'), ${i1.id}, now(), timestamp '2025-01-01' + (i / 3) * interval '1 millisecond'
    FROM generate_series(0, ${N}::int - 1) AS i`;
  await db.$executeRaw`
    INSERT INTO "AuditEntry" ("id", "actorId", "action", "targetType", "targetId", "createdAt")
    SELECT 'bulk-audit-' || lpad(i::text, 5, '0'), ${m.id}, 'bulk.write', 'test', i::text, timestamp '2025-06-01 12:00:00' + (i % 4) * interval '1 millisecond'
    FROM generate_series(0, ${AUDIT_ROWS}::int - 1) AS i`;
  await db.$executeRaw`ANALYZE "Kit"`;
  await db.$executeRaw`ANALYZE "AuditEntry"`;
  console.info(`[lists at scale] seeded ${N} candidates with sessions, notes and scorecards in ${Math.round(performance.now() - started)} ms`);
}, 300_000);

/** Follows `next` (or `prev` from the end) through every page, decoding each cursor as a URL would carry it. */
async function walk<T extends { id: string }>(first: Page<T>, read: (cursor: Cursor) => Promise<Page<T>>, parse: (text: string) => Cursor, direction: "next" | "prev" = "next"): Promise<string[]> {
  const seen: string[] = [];
  let page = first;
  for (let guard = 0; guard < 1000; guard++) {
    seen.push(...(direction === "next" ? page.items.map((item) => item.id) : page.items.map((item) => item.id).reverse()));
    const link = page[direction];
    if (!link) return seen;
    page = await read(parse(link));
  }
  throw new Error("paging did not end");
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

describe("the candidate list at 10,000 candidates", () => {
  const list = (filters: CandidateFilters, cursor: Cursor | null = null, limit = 50) => listCandidates(manager, filters, cursor, limit);

  it("finds the oldest and the newest by search", async () => {
    for (const [i, q] of [[OLDEST, bulkName(OLDEST)], [NEWEST, bulkName(NEWEST)], [OLDEST, bulkEmail(OLDEST)], [NEWEST, "bulk-9999@"]] as const) {
      const { items } = await list({ q });
      expect(items.map((c) => c.id), q).toEqual([bulkId(i)]);
    }
    // A surname, found wherever it is in the name, whatever its case.
    expect((await list({ q: bulkSurname(NEWEST).toLowerCase() })).items.map((c) => c.id)).toContain(bulkId(NEWEST));
  });

  it("finds the oldest and the newest by filter: the day of their interview, their level and status", async () => {
    for (const i of [OLDEST, NEWEST]) {
      const day = dayOf(new Date(bulkCreatedAt(i).getTime() + 3_600_000));
      const filters: CandidateFilters = { from: day, to: day, level: BULK_LEVELS[i % 4], status: bulkDecided(i) ? "decided" : "ready" };
      const first = await list(filters, null, 40);
      const all = await walk(first, (cursor) => list(filters, cursor, 40), (text) => candidateCursorSchema("recent").parse(text));
      expect(all, `candidate ${i}`).toContain(bulkId(i));
      const found = [...first.items].find((c) => c.id === bulkId(i)) ?? (await list({ ...filters, q: bulkName(i) })).items[0];
      expect(found).toMatchObject({ id: bulkId(i), level: BULK_LEVELS[i % 4], sessions: 1, hidden: false, lastSessionAt: new Date(bulkCreatedAt(i).getTime() + 3_600_000).toISOString() });
    }
    // The newest is the first row of the default order; the oldest the last.
    expect((await list({}, null, 1)).items[0]?.id).toBe(bulkId(NEWEST));
  });

  it.each(CANDIDATE_SORTS)("visits every candidate exactly once paging forwards and backwards (%s order)", async (sort: CandidateSort) => {
    const parse = (text: string) => candidateCursorSchema(sort).parse(text);
    const forwards = await walk(await list({ sort }, null, 500), (cursor) => list({ sort }, cursor, 500), parse);
    expect(forwards).toHaveLength(N);
    expect(new Set(forwards).size).toBe(N);
    // From the last page back to the first, through the "Previous" links.
    let last = await list({ sort }, null, 500);
    while (last.next) last = await list({ sort }, parse(last.next), 500);
    const backwards = await walk(last, (cursor) => list({ sort }, cursor, 500), parse, "prev");
    expect(backwards.reverse()).toEqual(forwards);
  }, 120_000);

  it("the compare picker pages through every interviewed candidate by name", async () => {
    const first = await candidateChoices(manager, { limit: 400 });
    const all = await walk(first, (cursor) => candidateChoices(manager, { cursor, limit: 400 }), (text) => pickerCursorSchema.parse(text));
    expect(all).toHaveLength(N);
    expect((await candidateChoices(manager, { find: bulkName(NEWEST) })).items.map((c) => c.id)).toEqual([bulkId(NEWEST)]);
  }, 60_000);
});

describe("the other lists at scale", () => {
  it("sessions: every one exactly once, newest first, ties broken by id", async () => {
    const first = await listSessions(manager, { limit: 500 });
    const all = await walk(first, (cursor) => listSessions(manager, { cursor, limit: 500 }), (text) => sessionCursorSchema.parse(text));
    expect(all).toHaveLength(N);
    expect(new Set(all).size).toBe(N);
    expect(first.items[0]?.candidateName).toMatch(new RegExp(`^${bulkName(NEWEST)} `));
    // An interviewer on every panel sees them too, through the panel check.
    expect((await listSessions(ivan, { q: bulkName(OLDEST) })).items.map((s) => s.candidateName)).toEqual([`${bulkName(OLDEST)} ${bulkSurname(OLDEST)}`]);
  }, 120_000);

  it("kits: every one exactly once, three to a millisecond", async () => {
    const first = await listKits(ivan, { limit: 500 });
    const all = await walk(first, (cursor) => listKits(ivan, { cursor, limit: 500 }), (text) => kitCursorSchema.parse(text));
    expect(new Set(all).size).toBe(N);
    expect((await listKits(ivan, { q: "Bulk kit 00000" })).items.map((k) => k.id)).toEqual(["bulk-kit-00000"]);
  }, 120_000);

  it("audit: 1,200 entries written in four milliseconds, each read exactly once, in order", async () => {
    const first = await listAuditEntries(admin, { action: "bulk.", actor: undefined }, null);
    const rows: Array<{ id: string; createdAt: Date }> = [];
    let page = first;
    for (;;) {
      rows.push(...page.items);
      if (!page.next) break;
      page = await listAuditEntries(admin, { action: "bulk.", actor: undefined }, auditCursorSchema.parse(page.next));
    }
    expect(rows).toHaveLength(AUDIT_ROWS);
    expect(new Set(rows.map((r) => r.id)).size).toBe(AUDIT_ROWS);
    const order = rows.map((r) => [r.createdAt.getTime(), r.id] as const);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1)));
  }, 60_000);
});

describe("calibration at 10,000 candidates", () => {
  it("counts every completed session of all history, and only those of the range asked for", async () => {
    const all = await getCalibration(manager);
    expect(all.sessions).toBe(COMPLETED);
    expect(all.excludedSessions).toBe(0);
    expect(all.interviewers.map((i) => [i.name, i.sessions, i.submitted, i.ratings, i.unrated])).toEqual([
      ["Iris Scale", COMPLETED, COMPLETED, 2 * COMPLETED, 0],
      ["Ivan Scale", COMPLETED, COMPLETED, 2 * COMPLETED, 0],
    ]);
    expect(all.questions.map((q) => q.sessions)).toEqual([N, N].map(() => COMPLETED));

    // The oldest candidate's day only: the candidates created that day, less the scheduled ones.
    const day = dayOf(bulkCreatedAt(OLDEST));
    const sameDay = Array.from({ length: N }, (_, i) => i).filter((i) => bulkCompleted(i) && dayOf(new Date(bulkCreatedAt(i).getTime() + 7_200_000)) === day).length;
    const one = await getCalibration(manager, { from: day, to: day });
    expect(one.sessions).toBe(sameDay);
    expect(one.interviewers[0]?.sessions).toBe(sameDay);
  }, 60_000);
});

/** Every relation a plan reads with a sequential scan. */
async function seqScans(statement: Prisma.Sql): Promise<string[]> {
  const [row] = await db.$queryRaw<Array<{ "QUERY PLAN": unknown }>>(Prisma.sql`EXPLAIN (FORMAT JSON) ${statement}`);
  const found: string[] = [];
  const visit = (node: Record<string, unknown>) => {
    if (node["Node Type"] === "Seq Scan") found.push(String(node["Relation Name"]));
    for (const child of (node.Plans as Array<Record<string, unknown>> | undefined) ?? []) visit(child);
  };
  visit((row!["QUERY PLAN"] as Array<{ Plan: Record<string, unknown> }>)[0]!.Plan);
  return found;
}

describe("no page reads a whole big table", () => {
  const BIG = ["Candidate", "InterviewSession", "Scorecard", "SessionInterviewer", "QuestionNote", "Decision", "Kit", "AuditEntry", "SessionQuestion"];
  const deep = (sort: string, key: Array<string | null>): Cursor => ({ dir: "next", sort, key });
  const mid = bulkCreatedAt(N / 2).toISOString();

  it.each([
    ["candidates, first page", () => candidateListSql(manager.id, { noSeat: true, owing: false, settled: true }, {}, "recent", null, 50)],
    ["candidates, a deep page", () => candidateListSql(manager.id, { noSeat: true, owing: false, settled: true }, {}, "recent", deep("recent", [new Date(bulkCreatedAt(N / 2).getTime() + 3_600_000).toISOString(), bulkId(N / 2)]), 50)],
    ["candidates by name, a deep page", () => candidateListSql(manager.id, { noSeat: true, owing: false, settled: true }, { sort: "name" }, "name", deep("name", [bulkName(N / 2), bulkId(N / 2)]), 50)],
    ["candidates, a search by surname", () => candidateListSql(manager.id, { noSeat: true, owing: false, settled: true }, { q: bulkSurname(4242) }, "recent", null, 50)],
    ["candidates, a date range", () => candidateListSql(manager.id, { noSeat: true, owing: false, settled: true }, { from: "2025-01-10", to: "2025-01-11" }, "recent", null, 50)],
    ["compare picker, a deep page", () => pickerSql(undefined, deep("name", [bulkName(N / 2), bulkId(N / 2)]), 24)],
    ["sessions, a deep page", () => sessionListSql(manager, { cursor: deep("newest", [mid, "bulk-s-05000"]), limit: 50 })],
    ["sessions of an interviewer, a deep page", () => sessionListSql(ivan, { cursor: deep("newest", [mid, "bulk-s-05000"]), limit: 50 })],
    ["kits, a deep page", () => kitListSql({ cursor: deep("recent", ["2025-01-01T00:00:01.000Z", "bulk-kit-03000"]), limit: 24 })],
    ["audit, a deep page", () => auditListSql({ action: undefined, actor: undefined }, deep("newest", ["2025-06-01T12:00:00.002Z", "bulk-audit-00600"]), 50)],
  ])("%s", async (_case, statement) => {
    const scans = await seqScans(statement());
    expect(scans.filter((table) => BIG.includes(table))).toEqual([]);
  });
});
