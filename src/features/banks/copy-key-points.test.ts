// A copy into a practice bank carries the original's key points (practice feedback checks
// answers against them), at version 1 of the copy like the rest of its content.
import { beforeEach, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { copyToPracticeAction } from "./actions";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

beforeEach(async () => {
  await resetDb();
  signInAs(await createUser(db, { role: "INTERVIEWER" }));
});

it("a copy into a practice bank carries the key points", async () => {
  const source = await createBank(db);
  const original = await createQuestion(db, { bankId: source.id, number: 1, keyPoints: ["Protects an invariant"] });
  const result = await copyToPracticeAction({ sourceBankId: source.id, questionIds: [original.id], newBankName: "Practice copies" });
  expect(result).toMatchObject({ ok: true });
  const copied = await db.question.findFirstOrThrow({ where: { bank: { name: "Practice copies" } }, include: { versions: true } });
  expect(copied.keyPoints).toEqual(["Protects an invariant"]);
  expect(copied.versions.map((v) => v.keyPoints)).toEqual([["Protects an invariant"]]);
});
