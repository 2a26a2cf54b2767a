// Postgres refuses NUL in text. Text that passes a schema but holds one must come back as a
// validation error (4xx), never as an unexpected failure, and nothing may be written.
import { beforeAll, expect, it, vi } from "vitest";
import { createUserAction, changeRoleAction } from "@/features/users/actions";
import { deleteKitAction, searchQuestionsAction } from "@/features/kits/actions";
import { db } from "@/server/db";
import { UNSTORABLE_TEXT_MESSAGE } from "@/server/errors";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const NUL = "\u0000";

beforeAll(async () => {
  signInAs(await createUser(db as never, { role: "ADMIN" }));
});

it("refuses a new user whose name holds NUL, and creates nobody", async () => {
  const users = await db.user.count();
  const result = await createUserAction({ name: `Ada${NUL}Lovelace`, email: "nul-name@example.com", role: "CANDIDATE" });
  expect(result).toEqual({ ok: false, error: { code: "VALIDATION", message: UNSTORABLE_TEXT_MESSAGE } });
  expect(await db.user.count()).toBe(users);
});

it.each([
  ["changeRoleAction", () => changeRoleAction({ userId: `id${NUL}`, role: "ADMIN" })],
  ["deleteKitAction", () => deleteKitAction({ id: `kit${NUL}` })],
  ["searchQuestionsAction", () => searchQuestionsAction({ q: `race${NUL}` })],
])("%s answers NUL in an id or a search with a validation error", async (_name, call) => {
  const result = await call();
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe("VALIDATION");
});
