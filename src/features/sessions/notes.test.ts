// Notes and ratings per interviewer, saved as they type, with compare-and-set against other tabs.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PUT as putNote } from "@/app/api/sessions/[id]/questions/[position]/note/route";
import { GET as getSession } from "@/app/api/sessions/[id]/route";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import type { InterviewerView, NoteView } from "./types";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

type User = Awaited<ReturnType<typeof createUser>>;
let ivan: User;
let iris: User;
let sessionId: string;

const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
const save = (body: Partial<NoteView>, position = 0) =>
  putNote(
    new Request(`http://probe.test/api/sessions/${sessionId}/questions/${position}/note`, {
      method: "PUT",
      body: JSON.stringify({ rating: null, notes: "", heardWrongAnswers: [], hintedProbes: [], revision: 0, ...body }),
    }),
    ctx({ id: sessionId, position: String(position) }),
  );
const readView = async () => (await (await getSession(new Request("http://probe.test"), ctx({ id: sessionId }))).json()) as InterviewerView;

beforeEach(async () => {
  await resetDb();
  ivan = await createUser(db, { role: "INTERVIEWER" });
  iris = await createUser(db, { role: "INTERVIEWER" });
  const question = await createQuestion(db);
  sessionId = (await createSession(db, { creatorId: ivan.id, interviewerIds: [iris.id], questionIds: [question.id] })).session.id;
  signInAs(ivan);
});

describe("question notes", () => {
  it("keeps each panelist's notes and rating to themselves", async () => {
    expect((await save({ rating: 3, notes: "Ivan's notes", heardWrongAnswers: [1, 0, 1] })).status).toBe(200);
    signInAs(iris);
    expect((await save({ rating: 1, notes: "Iris's notes", hintedProbes: [1] })).status).toBe(200);

    expect((await readView()).questions[0]!.note).toEqual({ rating: 1, notes: "Iris's notes", heardWrongAnswers: [], hintedProbes: [1], revision: 1 });
    signInAs(ivan);
    const mine = await readView();
    expect(mine.questions[0]!.note).toEqual({ rating: 3, notes: "Ivan's notes", heardWrongAnswers: [0, 1], hintedProbes: [], revision: 1 });
    expect(JSON.stringify(mine)).not.toContain("Iris's notes");
  });

  it("refuses a save based on an outdated revision with 409 and the current note", async () => {
    const first = (await (await save({ notes: "from tab A" })).json()) as NoteView;
    expect(first.revision).toBe(1);
    expect((await save({ notes: "tab A again", revision: 1 })).status).toBe(200);
    // Tab B still holds revision 1.
    const stale = await save({ notes: "from tab B", revision: 1 });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: { code: string }; current: NoteView };
    expect(body.error.code).toBe("CONFLICT");
    expect(body.current).toMatchObject({ notes: "tab A again", revision: 2 });
    // Tab B creating the note from scratch is a conflict too, not a second note.
    expect((await save({ notes: "fresh B", revision: 0 })).status).toBe(409);
    expect(await db.questionNote.count()).toBe(1);
  });

  it("validates the note and the question it belongs to", async () => {
    expect((await save({ rating: 5 as never })).status).toBe(400);
    expect((await save({ heardWrongAnswers: [7] })).status).toBe(400);
    expect((await save({ hintedProbes: [2] })).status).toBe(400);
    expect((await save({}, 9)).status).toBe(404);
    signInAs(await createUser(db, { role: "ADMIN" }));
    expect((await save({ notes: "admin not on the panel" })).status).toBe(403);
    signInAs(null);
    expect((await save({ notes: "nobody" })).status).toBe(401);
    expect(await db.questionNote.count()).toBe(0);
  });
});
