// The version history page's data: who wrote each version (the editor, a browser import, a copy),
// and the comparison of any two, on the real database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { createBank } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { choosePair, getQuestionHistory } from "./history";
import { createQuestion, importDocument, updateQuestion } from "./mutations";
import { bankDocument } from "./testing/documents";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

type User = Awaited<ReturnType<typeof createUser>>;
let ada: User;
let bo: User;

const content = {
  level: "MIDDLE",
  title: "What is a semaphore?",
  prompt: "Explain semaphores.\nGive an example.",
  modelAnswer: "A counter of permits.",
  wrongAnswers: [{ answer: "A mutex", why: "it allows more than one holder" }],
  probes: [{ question: "When would you use one?", answer: "To bound concurrency." }],
  sections: [],
  tags: "",
};

beforeEach(async () => {
  await resetDb();
  ada = await createUser(db, { role: "INTERVIEWER", name: "Ada Author" });
  bo = await createUser(db, { role: "ADMIN", name: "Bo Editor" });
  signInAs(ada);
});

describe("version history", () => {
  it("lists every version newest first with who wrote it, and diffs any two per part", async () => {
    const bank = await createBank(db);
    const { id } = await createQuestion(ada, { ...content, bankId: bank.id });
    await updateQuestion(bo, { ...content, id, version: 1, prompt: "Explain semaphores.\nGive a bounded-pool example." });
    await updateQuestion(ada, { ...content, id, version: 2, level: "SENIOR", prompt: "Explain semaphores.\nGive a bounded-pool example.", probes: [] });

    const history = (await getQuestionHistory(ada, id, {}))!;
    expect(history.versions.map((v) => [v.version, v.author, v.level])).toEqual([
      [3, "Ada Author", "SENIOR"],
      [2, "Bo Editor", "MIDDLE"],
      [1, "Ada Author", "MIDDLE"],
    ]);
    // By default, the latest change.
    expect(history.comparison).toMatchObject({ from: 2, to: 3 });
    expect(history.comparison!.changes.map((c) => c.field)).toEqual(["level", "probes"]);

    const chosen = (await getQuestionHistory(ada, id, { from: 1, to: 3 }))!.comparison!;
    expect(chosen.changes.map((c) => c.field)).toEqual(["level", "prompt", "probes"]);
    expect(chosen.changes.find((c) => c.field === "prompt")!.lines).toEqual([
      { kind: "same", text: "Explain semaphores." },
      { kind: "removed", text: "Give an example." },
      { kind: "added", text: "Give a bounded-pool example." },
    ]);
    expect(chosen.unchanged).toEqual(["title", "modelAnswer", "wrongAnswers", "sections"]);

    // Backwards works too: what it would take to go back to version 1.
    const back = (await getQuestionHistory(ada, id, { from: 3, to: 1 }))!.comparison!;
    expect(back.changes.find((c) => c.field === "probes")!.lines).toEqual([{ kind: "added", text: "- When would you use one? — To bound concurrency." }]);
  });

  it("names the importer of a browser import, and reports a version the question never had", async () => {
    await importDocument(bo, { text: bankDocument("History bank", [{ number: 1, title: "Imported one" }]), format: "auto" });
    const question = await db.question.findFirstOrThrow({ where: { bank: { name: "History bank" } } });
    const history = (await getQuestionHistory(ada, question.id, { from: 1, to: 9 }))!;
    expect(history.versions).toMatchObject([{ version: 1, author: "Bo Editor" }]);
    expect(history.comparison).toBeNull();
    expect(history.problem).toMatch(/no version 9/);
  });

  it("is for readers of the bank only, and knows no archived or unknown question", async () => {
    const bank = await createBank(db);
    const { id } = await createQuestion(ada, { ...content, bankId: bank.id });
    const candidate = await createUser(db, { role: "CANDIDATE" });
    await expect(getQuestionHistory(candidate, id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db.question.update({ where: { id }, data: { archivedAt: new Date() } });
    expect(await getQuestionHistory(ada, id, {})).toBeNull();
    expect(await getQuestionHistory(ada, "nope", {})).toBeNull();
  });
});

describe("choosePair", () => {
  it.each([
    { numbers: [3, 2, 1], query: {}, pair: { from: 2, to: 3 }, problem: false },
    { numbers: [1], query: {}, pair: null, problem: false },
    { numbers: [3, 2, 1], query: { from: 1 }, pair: { from: 1, to: 3 }, problem: false },
    { numbers: [3, 2, 1], query: { to: 2 }, pair: { from: 2, to: 2 }, problem: false },
    { numbers: [3, 2, 1], query: { from: 1, to: 7 }, pair: { from: 2, to: 3 }, problem: true },
  ])("$numbers with $query → $pair", ({ numbers, query, pair, problem }) => {
    const chosen = choosePair(numbers, query);
    expect(chosen.pair).toEqual(pair);
    expect(chosen.problem !== null).toBe(problem);
  });
});
