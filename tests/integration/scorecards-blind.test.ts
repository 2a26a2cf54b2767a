// The blind rule in its three modes, through GET /api/sessions/:id/scorecards, against the real
// database; only the session lookup is replaced.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { api, buildWorld, completeBody, type User } from "./scorecards-fixture";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

let w: Awaited<ReturnType<typeof buildWorld>>;
let sessionId: string;

const setMode = (mode: string) => db.setting.upsert({ where: { key: "blindReview" }, create: { key: "blindReview", value: mode }, update: { value: mode } });

async function scoreAndSubmit(user: User, id: string, ratings: [number, number, number], summary: string) {
  signInAs(user);
  expect((await api.put(id, completeBody(w, ratings, { summary }))).status).toBe(200);
  expect((await api.submit(id)).status).toBe(200);
}

/** Whose scorecards `user` gets back, as "email:status". */
async function seenBy(user: User, id = sessionId): Promise<string[]> {
  signInAs(user);
  const { status, body } = await api.list(id);
  expect(status).toBe(200);
  return body.map((c: { interviewer: { email: string }; status: string; mine: boolean }) => `${c.mine ? "me" : c.interviewer.email}:${c.status}`);
}

beforeEach(async () => {
  await resetDb();
  w = await buildWorld();
  sessionId = (await w.session()).id;
});

describe("until-submitted (the default)", () => {
  it("hides Ivan's submitted card from Iris until she submits her own", async () => {
    await scoreAndSubmit(w.ivan, sessionId, [4, 3, 3], "IVAN-SUMMARY");
    signInAs(w.iris);
    await api.put(sessionId, { summary: "IRIS-DRAFT" });

    expect(await seenBy(w.iris)).toEqual(["me:draft"]);
    signInAs(w.iris);
    expect(JSON.stringify((await api.list(sessionId)).body)).not.toContain("IVAN-SUMMARY");
    // Ivan has submitted, but Iris's card is still a draft: interviewers see only submitted cards.
    expect(await seenBy(w.ivan)).toEqual(["me:submitted"]);

    await scoreAndSubmit(w.iris, sessionId, [4, 1, 3], "IRIS-SUMMARY");
    expect(await seenBy(w.iris)).toEqual(["me:submitted", `${w.ivan.email}:submitted`]);
    expect(await seenBy(w.ivan)).toEqual(["me:submitted", `${w.iris.email}:submitted`]);
  });

  it("is per candidate: owing a scorecard in another session of the candidate keeps every session blind", async () => {
    const second = await w.session({ title: "Second round" });
    await scoreAndSubmit(w.ivan, sessionId, [4, 3, 3], "IVAN-1");
    await scoreAndSubmit(w.iris, sessionId, [4, 1, 3], "IRIS-1");
    // Iris has submitted session 1 but not session 2 of the same candidate.
    expect(await seenBy(w.iris)).toEqual(["me:submitted"]);
    await scoreAndSubmit(w.iris, second.id, [3, 3, 3], "IRIS-2");
    expect(await seenBy(w.iris)).toEqual(["me:submitted", `${w.ivan.email}:submitted`]);
    // Ivan now owes session 2, so he loses sight of Iris's cards everywhere for this candidate.
    expect(await seenBy(w.ivan)).toEqual(["me:submitted"]);
  });

  it("does not carry over to another candidate", async () => {
    const other = await db.candidate.create({ data: { name: "Someone Else" } });
    await w.session({ candidate: { id: other.id }, title: "Other candidate" });
    await scoreAndSubmit(w.ivan, sessionId, [4, 3, 3], "IVAN");
    await scoreAndSubmit(w.iris, sessionId, [4, 1, 3], "IRIS");
    // Both owe a scorecard for the other candidate; this candidate's cards stay visible.
    expect(await seenBy(w.iris)).toEqual(["me:submitted", `${w.ivan.email}:submitted`]);
  });
});

describe("always-blind", () => {
  it("keeps interviewers to their own scorecards even after both submitted; reviewers still see all", async () => {
    await setMode("always-blind");
    await scoreAndSubmit(w.ivan, sessionId, [4, 3, 3], "IVAN");
    await scoreAndSubmit(w.iris, sessionId, [4, 1, 3], "IRIS");
    expect(await seenBy(w.ivan)).toEqual(["me:submitted"]);
    expect(await seenBy(w.iris)).toEqual(["me:submitted"]);
    expect(await seenBy(w.manager)).toEqual([`${w.ivan.email}:submitted`, `${w.iris.email}:submitted`]);
  });
});

describe("open", () => {
  it("shows submitted colleagues' cards before one's own is submitted, but never their drafts", async () => {
    await setMode("open");
    await scoreAndSubmit(w.ivan, sessionId, [4, 3, 3], "IVAN");
    expect(await seenBy(w.iris)).toEqual(["me:draft", `${w.ivan.email}:submitted`]);
    signInAs(w.iris);
    await api.put(sessionId, { summary: "IRIS-DRAFT" });
    expect(await seenBy(w.ivan)).toEqual(["me:submitted"]);
  });
});

describe("an unreadable setting", () => {
  it("falls back to until-submitted", async () => {
    await setMode("sometimes");
    await scoreAndSubmit(w.ivan, sessionId, [4, 3, 3], "IVAN");
    expect(await seenBy(w.iris)).toEqual(["me:draft"]);
  });
});

describe("an admin who sits on the panel", () => {
  it("is blind like an interviewer until they submit, then sees everything as a reviewer", async () => {
    await setMode("always-blind");
    const panel = await w.session({ interviewers: [w.admin, w.ivan], title: "Admin on the panel" });
    await scoreAndSubmit(w.ivan, panel.id, [4, 3, 3], "IVAN");
    expect(await seenBy(w.admin, panel.id)).toEqual(["me:draft"]);
    await scoreAndSubmit(w.admin, panel.id, [2, 2, 2], "ADMIN");
    expect(await seenBy(w.admin, panel.id)).toEqual(["me:submitted", `${w.ivan.email}:submitted`]);
  });
});
