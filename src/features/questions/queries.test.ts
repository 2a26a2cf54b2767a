import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { getQuestion, listBanks, searchQuestions, tagOptions } from "./queries";
import { searchSql } from "./search-sql";

let reader: SessionUser;
let ids: Record<string, string>;
let banks: { a: { id: string; name: string }; b: { id: string; name: string } };

const search = (filters: Parameters<typeof searchQuestions>[1]) => searchQuestions(reader, filters);
const page = { limit: 50, offset: 0 };

beforeAll(async () => {
  await resetDb();
  reader = await createUser(db, { role: "HIRING_MANAGER" });
  banks = { a: await createBank(db, { name: "Bank A" }), b: await createBank(db, { name: "Bank B" }) };
  const make = (key: string, overrides: Parameters<typeof createQuestion>[1]) =>
    createQuestion(db, overrides).then((q) => [key, q.id] as const);
  ids = Object.fromEntries(
    await Promise.all([
      make("titleHit", { bankId: banks.a.id, number: 1, level: "JUNIOR", title: "Semaphore basics", prompt: "Explain it.", modelAnswer: "A counter of permits.", tags: ["sync"] }),
      make("wrongHit", {
        bankId: banks.a.id, number: 2, level: "MIDDLE", title: "Queues", prompt: "Describe a queue.", modelAnswer: "FIFO.",
        wrongAnswers: [{ answer: "A semaphore is just a mutex", why: "it counts permits" }], tags: ["queues"],
      }),
      make("probeHit", {
        bankId: banks.b.id, number: 1, level: "SENIOR", title: "Leaks", prompt: "Find the leak.", modelAnswer: "Blocked senders.",
        probes: [{ question: "How would you detect it?", answer: "Watch the goroutine profile grow" }], tags: ["go", "sync"],
      }),
      make("sectionHit", {
        bankId: banks.b.id, number: 2, level: "STAFF", title: "Locks at scale", prompt: "Design it.", modelAnswer: "Leases.",
        sections: [{ label: "Fix", body: "Attach a fencing token to every write" }],
      }),
      make("archived", { bankId: banks.b.id, number: 3, level: "JUNIOR", title: "Archived semaphore question", prompt: "Gone.", modelAnswer: "Gone." }),
    ]),
  );
  await db.question.update({ where: { id: ids.archived }, data: { archivedAt: new Date() } });
});

const idsOf = (result: Awaited<ReturnType<typeof search>>) => result.items.map((item) => item.id);

describe("searchQuestions", () => {
  it("ranks a title match above a match in a wrong answer, and skips archived questions", async () => {
    const result = await search({ q: "semaphore", ...page });
    expect(idsOf(result)).toEqual([ids.titleHit, ids.wrongHit]);
    expect(result.total).toBe(2);
  });

  it("finds text in expected probe answers and in sections", async () => {
    expect(idsOf(await search({ q: "goroutine profile", ...page }))).toEqual([ids.probeHit]);
    expect(idsOf(await search({ q: "fencing token", ...page }))).toEqual([ids.sectionHit]);
  });

  it("matches a word that is still being typed", async () => {
    expect(idsOf(await search({ q: "gorout", ...page }))).toEqual([ids.probeHit]);
    expect(idsOf(await search({ q: "sema", ...page }))).toEqual([ids.titleHit, ids.wrongHit]);
  });

  it("falls back to a title substring only when full text finds nothing, never offering archived questions", async () => {
    // The middle of a word, and a stop word being typed: full text sees neither.
    expect(idsOf(await search({ q: "aphore", ...page }))).toEqual([ids.titleHit]);
    expect(idsOf(await search({ q: "at", ...page }))).toEqual([ids.sectionHit]);
    expect((await search({ q: "aphore", ...page })).total).toBe(1);
    // A page past the end of real matches stays empty rather than switching to the fallback.
    expect(idsOf(await search({ q: "semaphore", limit: 50, offset: 2 }))).toEqual([]);
    expect(idsOf(await search({ q: "100%_", ...page }))).toEqual([]);
  });

  it("keeps websearch syntax: exclusions and phrases", async () => {
    expect(idsOf(await search({ q: "semaphore -fifo", ...page }))).toEqual([ids.titleHit]);
    expect(idsOf(await search({ q: '"fencing token"', ...page }))).toEqual([ids.sectionHit]);
    expect(idsOf(await search({ q: '"token fencing"', ...page }))).toEqual([]);
  });

  it("filters by level, by bank id or name, and by tag", async () => {
    expect(idsOf(await search({ level: "MIDDLE", ...page }))).toEqual([ids.wrongHit]);
    expect(idsOf(await search({ bank: banks.b.id, ...page }))).toEqual([ids.probeHit, ids.sectionHit]);
    expect(idsOf(await search({ bank: "Bank A", ...page }))).toEqual([ids.titleHit, ids.wrongHit]);
    expect(idsOf(await search({ tag: "sync", ...page }))).toEqual([ids.titleHit, ids.probeHit]);
    expect(idsOf(await search({ tag: "sync", bank: "Bank B", q: "leak", ...page }))).toEqual([ids.probeHit]);
    expect(idsOf(await search({ bank: "No such bank", ...page }))).toEqual([]);
  });

  it("pages through results with a total", async () => {
    const first = await search({ limit: 3, offset: 0 });
    const second = await search({ limit: 3, offset: 3 });
    expect(first.total).toBe(4);
    expect(first.items.map((i) => `${i.bank.name}#${i.number}`)).toEqual(["Bank A#1", "Bank A#2", "Bank B#1"]);
    expect(second.items.map((i) => `${i.bank.name}#${i.number}`)).toEqual(["Bank B#2"]);
  });

  it("is refused to a candidate", async () => {
    const candidate = await createUser(db, { role: "CANDIDATE" });
    await expect(searchQuestions(candidate, page)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getQuestion(candidate, ids.titleHit!)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("getQuestion, listBanks and tagOptions", () => {
  it("returns a live question's content and hides archived ones", async () => {
    const question = await getQuestion(reader, ids.probeHit!);
    expect(question).toMatchObject({ number: 1, level: "SENIOR", version: 1, bank: { name: "Bank B" } });
    expect(question?.probes).toEqual([{ question: "How would you detect it?", answer: "Watch the goroutine profile grow" }]);
    expect(await getQuestion(reader, ids.archived!)).toBeNull();
  });

  it("counts live questions per level for each bank, and lists tags in use", async () => {
    const summary = await listBanks(reader);
    expect(summary.map((b) => [b.name, b.total, b.perLevel])).toEqual([
      ["Bank A", 2, { JUNIOR: 1, MIDDLE: 1, SENIOR: 0, STAFF: 0 }],
      ["Bank B", 2, { JUNIOR: 0, MIDDLE: 0, SENIOR: 1, STAFF: 1 }],
    ]);
    expect(await tagOptions(reader)).toEqual(["concurrency", "go", "queues", "sync"]);
  });
});

describe("at 10,000 questions", () => {
  it("answers a search from the GIN index, not by scanning every row", { timeout: 120_000 }, async () => {
    // Question-sized text (not one-liners), so the planner sees a table the size a real bank makes.
    const bank = await createBank(db, { name: "Ten thousand" });
    await db.$executeRaw`
      INSERT INTO "Question" ("id", "bankId", "number", "level", "title", "prompt", "modelAnswer", "updatedAt")
      SELECT 'bulk-' || n, ${bank.id}, n, (ARRAY['JUNIOR','MIDDLE','SENIOR','STAFF'])[1 + n % 4]::"Level",
             'Bulk question ' || n || ' on topic' || (n % 500), 'Prompt about word' || n || ' ' || repeat(md5(n::text) || ' lorem ' || md5((n * 7)::text) || ' ', 8),
             'Answer with term' || (n % 1000) || ' ' || repeat(md5((n * 3)::text) || ' ipsum ', 12), now()
      FROM generate_series(1, 10000) AS n`;
    await db.$executeRawUnsafe(`ANALYZE "Question"`);

    const started = performance.now();
    const result = await search({ q: "term999", ...page });
    console.info(`[search] 10,000 questions, "term999": ${Math.round(performance.now() - started)} ms, ${result.total} hits`);
    expect(result.total).toBe(10);

    const statement = searchSql({ q: "term999", ...page });
    const plan = await db.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`EXPLAIN ${statement.text}`, ...statement.values);
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Question_searchVector_idx");
  });
});
