// Kits through their real server actions and queries, on the real database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { deleteKitAction, saveKitAction, searchQuestionsAction } from "./actions";
import { getKit, listKits } from "./queries";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
// revalidatePath needs a Next.js request around it, which Vitest has not; the cache is Next's concern.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type User = Awaited<ReturnType<typeof createUser>>;
let author: User;
let ids: string[];

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.data;
};

beforeEach(async () => {
  await resetDb();
  author = await createUser(db, { role: "INTERVIEWER" });
  const bank = await createBank(db, { name: "Concurrency" });
  const other = await createBank(db, { name: "Databases" });
  ids = [
    (await createQuestion(db, { bankId: bank.id, number: 1, title: "What is a goroutine leak?", level: "MIDDLE" })).id,
    (await createQuestion(db, { bankId: bank.id, number: 2, title: "Mutex versus channel", level: "SENIOR" })).id,
    (await createQuestion(db, { bankId: other.id, number: 1, title: "Isolation levels", level: "SENIOR", prompt: "Explain phantom reads." })).id,
  ];
  signInAs(author);
});

describe("kits", () => {
  it("saves an ordered kit with budgets, then reorders it", async () => {
    const { id, revision } = ok(await saveKitAction({ name: "Go loop", description: "Mid-level", items: [{ questionId: ids[0], budgetMinutes: 5 }, { questionId: ids[1], budgetMinutes: "12" }] }));
    let kit = await getKit(author, id);
    expect(kit.items.map((i) => [i.title, i.budgetMinutes])).toEqual([["What is a goroutine leak?", 5], ["Mutex versus channel", 12]]);

    ok(await saveKitAction({ id, revision, name: "Go loop", items: [{ questionId: ids[1], budgetMinutes: 12 }, { questionId: ids[0], budgetMinutes: 5 }, { questionId: ids[2], budgetMinutes: 8 }] }));
    kit = await getKit(author, id);
    expect(kit.items.map((i) => i.id)).toEqual([ids[1], ids[0], ids[2]]);
    expect((await listKits(author)).items[0]).toMatchObject({ name: "Go loop", questionCount: 3, totalMinutes: 25 });
  });

  it("refuses bad input with field errors", async () => {
    const result = await saveKitAction({ name: "", items: [{ questionId: ids[0], budgetMinutes: 0 }, { questionId: ids[0], budgetMinutes: 500 }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION");
    expect(Object.keys(result.error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["name", "items.0.budgetMinutes", "items.1.budgetMinutes", "items"]));
    const unknown = await saveKitAction({ name: "X", items: [{ questionId: "nope", budgetMinutes: 5 }] });
    expect(!unknown.ok && unknown.error.fieldErrors).toEqual({ "items.0.questionId": ["This question no longer exists"] });
  });

  it("hides archived questions from kits and the picker", async () => {
    const { id } = ok(await saveKitAction({ name: "K", items: [{ questionId: ids[0], budgetMinutes: 5 }, { questionId: ids[1], budgetMinutes: 5 }] }));
    await db.question.update({ where: { id: ids[0] }, data: { archivedAt: new Date() } });
    expect((await getKit(author, id)).items.map((i) => i.id)).toEqual([ids[1]]);
    expect(ok(await searchQuestionsAction({ q: "goroutine" }))).toEqual([]);
    const refused = await saveKitAction({ name: "K", items: [{ questionId: ids[0], budgetMinutes: 5 }] });
    expect(!refused.ok && refused.error.fieldErrors).toEqual({ "items.0.questionId": ["This question no longer exists"] });
  });

  it("searches the bank by text (whole words and fragments), level and bank", async () => {
    const titles = async (input: object) => ok(await searchQuestionsAction(input)).map((q) => q.title);
    expect(await titles({ q: "phantom" })).toEqual(["Isolation levels"]);
    expect(await titles({ q: "gorout" })).toEqual(["What is a goroutine leak?"]);
    expect(await titles({ level: "SENIOR" })).toEqual(["Mutex versus channel", "Isolation levels"]);
    const bank = await db.bank.findFirstOrThrow({ where: { name: "Databases" } });
    expect(await titles({ bankId: bank.id })).toEqual(["Isolation levels"]);
    expect(await titles({ q: "100%_" })).toEqual([]);
  });

  it("refuses a save based on a revision someone else has saved over, with the kit as it is now", async () => {
    const { id, revision } = ok(await saveKitAction({ name: "Shared", items: [{ questionId: ids[0], budgetMinutes: 5 }] }));
    // Two editors open revision 1; the first saves, the second saves the tab they had open.
    ok(await saveKitAction({ id, revision, name: "First editor's", items: [{ questionId: ids[1], budgetMinutes: 7 }] }));
    signInAs(await createUser(db, { role: "INTERVIEWER" }));
    const stale = await saveKitAction({ id, revision, name: "Second editor's", items: [{ questionId: ids[2], budgetMinutes: 9 }] });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe("CONFLICT");
    expect(stale.error.current).toMatchObject({ id, name: "First editor's", revision: revision + 1, items: [{ id: ids[1], budgetMinutes: 7 }] });
    // Nothing of the stale save was written.
    expect(await getKit(author, id)).toMatchObject({ name: "First editor's", revision: revision + 1, items: [{ id: ids[1] }] });
    // Keeping their version means saving again on the revision they were shown.
    ok(await saveKitAction({ id, revision: revision + 1, name: "Second editor's", items: [{ questionId: ids[2], budgetMinutes: 9 }] }));
    expect(await getKit(author, id)).toMatchObject({ name: "Second editor's", revision: revision + 2, items: [{ id: ids[2] }] });
    // An edit that does not say which revision it is based on is refused, not applied blindly.
    const blind = await saveKitAction({ id, name: "Blind", items: [{ questionId: ids[0], budgetMinutes: 5 }] });
    expect(!blind.ok && blind.error.fieldErrors).toMatchObject({ revision: [expect.any(String)] });
  });

  it("lets any interviewer edit a kit, but only its author or an admin delete it", async () => {
    const { id, revision } = ok(await saveKitAction({ name: "Shared", items: [{ questionId: ids[0], budgetMinutes: 5 }] }));
    signInAs(await createUser(db, { role: "INTERVIEWER" }));
    expect((await saveKitAction({ id, revision, name: "Shared, edited", items: [{ questionId: ids[1], budgetMinutes: 5 }] })).ok).toBe(true);
    const refused = await deleteKitAction({ id });
    expect(!refused.ok && refused.error.code).toBe("FORBIDDEN");
    signInAs(await createUser(db, { role: "HIRING_MANAGER" }));
    expect(!(await saveKitAction({ id, revision: revision + 1, name: "No", items: [{ questionId: ids[1], budgetMinutes: 5 }] })).ok).toBe(true);
    expect(!(await searchQuestionsAction({})).ok).toBe(true);
    signInAs(await createUser(db, { role: "ADMIN" }));
    expect((await deleteKitAction({ id })).ok).toBe(true);
    expect(await db.kit.count()).toBe(0);
  });
});
