// The code pad's storage and rules on the real database, through the real route handlers: updates
// stored with their author and time, merged, compacted without losing history, limits with clear
// 4xx and nothing stored, who may write where, and "load the question's code" taking prompt code only.
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postLive } from "@/app/api/live/[token]/pads/[position]/updates/route";
import { GET as getHistory } from "@/app/api/sessions/[id]/pads/[position]/history/route";
import { PUT as putLanguage } from "@/app/api/sessions/[id]/pads/[position]/language/route";
import { POST as postLoadCode } from "@/app/api/sessions/[id]/pads/[position]/load-code/route";
import { POST as postPanel } from "@/app/api/sessions/[id]/pads/[position]/updates/route";
import { POST as regenerateLink } from "@/app/api/sessions/[id]/link/route";
import { db } from "@/server/db";
import { closeSessionEvents } from "@/server/events";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { applySessionAction } from "../mutations";
import { forgetDocument } from "./doc-cache";
import { panelPad } from "./pad-access";
import { playback } from "./playback";
import { readPad } from "./reads";
import { MAX_PAD_TEXT_BYTES } from "./schemas";
import { COMPACT_EVERY, storePadUpdate } from "./store";
import { typist } from "./testing/typist";
import type { PadHistory } from "./types";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
afterAll(closeSessionEvents);

type User = Awaited<ReturnType<typeof createUser>>;
let ivan: User;
let stranger: User;
let manager: User;
let sessionId: string;
let token: string;

const PROMPT = "What is wrong here?\n\n```go\nfunc add() { counter++ }\n```\n\nAnd here:\n\n```\nx := 1\n```";
const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
const body = (value: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(value) });

const asCandidate = (update: unknown, position = 0, withToken = token) =>
  postLive(new Request(`http://probe.test/api/live/${withToken}/pads/${position}/updates`, body(update)), ctx({ token: withToken, position: String(position) }));
const asPanel = (update: unknown, position = 0, id = sessionId) =>
  postPanel(new Request(`http://probe.test/api/sessions/${id}/pads/${position}/updates`, body(update)), ctx({ id, position: String(position) }));
const loadCode = (position = 0) => postLoadCode(new Request(`http://probe.test/api/sessions/${sessionId}/pads/${position}/load-code`, { method: "POST" }), ctx({ id: sessionId, position: String(position) }));
const history = async (position = 0) => {
  const response = await getHistory(new Request(`http://probe.test/api/sessions/${sessionId}/pads/${position}/history`), ctx({ id: sessionId, position: String(position) }));
  return { status: response.status, body: (await response.json()) as PadHistory };
};

const sessionQuestionId = async (position = 0) => (await panelPad(db, sessionId, position)).sessionQuestionId;
async function padText(position = 0): Promise<string> {
  const read = await readPad(await sessionQuestionId(position), 0);
  const doc = new Y.Doc();
  if (read?.update) Y.applyUpdate(doc, read.update);
  return doc.getText("code").toString();
}
const storedCount = async () => db.codePadUpdate.count();

beforeEach(async () => {
  await resetDb();
  ivan = await createUser(db, { role: "INTERVIEWER" });
  stranger = await createUser(db, { role: "INTERVIEWER" });
  manager = await createUser(db, { role: "HIRING_MANAGER" });
  const q1 = await createQuestion(db, {
    prompt: PROMPT,
    modelAnswer: "MODEL-ANSWER-CODE:\n\n```go\nfunc add() { mu.Lock(); counter++; mu.Unlock() } // SECRET-FIX\n```",
    sections: [{ label: "Fix", body: "```go\nvar mu sync.Mutex // SECTION-SECRET\n```" }],
  });
  const q2 = await createQuestion(db);
  const created = await createSession(db, { creatorId: ivan.id, questionIds: [q1.id, q2.id] });
  sessionId = created.session.id;
  token = created.token;
  signInAs(ivan);
  await applySessionAction(ivan, sessionId, { type: "start" });
});

describe("storing and merging updates", () => {
  it("stores each side's updates with author and time, and both sides converge on the merge", async () => {
    const candidate = typist();
    const interviewer = typist();
    // They type at the same moment: neither has seen the other's edit.
    const fromCandidate = candidate.type("func main() {}\n");
    const fromPanel = interviewer.type("// fix the race\n");
    expect((await asCandidate({ update: fromCandidate })).status).toBe(200);
    const panel = await asPanel({ update: fromPanel });
    expect(panel.status).toBe(200);
    expect(await panel.json()).toEqual({ seq: 2 });

    const rows = await db.codePadUpdate.findMany({ orderBy: { seq: "asc" }, select: { seq: true, author: true, authorId: true, createdAt: true } });
    expect(rows.map((r) => [r.seq, r.author, r.authorId])).toEqual([[1, "CANDIDATE", null], [2, "INTERVIEWER", ivan.id]]);
    expect(Date.now() - rows[1]!.createdAt.getTime()).toBeLessThan(60_000);

    const merged = await readPad(await sessionQuestionId(), 0);
    const mergedB64 = Buffer.from(merged!.update!).toString("base64");
    candidate.receive(mergedB64);
    interviewer.receive(mergedB64);
    expect(candidate.text()).toBe(interviewer.text());
    expect(candidate.text()).toContain("func main() {}");
    expect(candidate.text()).toContain("// fix the race");
    expect(merged!.head).toBe(2);
    expect(merged!.language).toBeNull();
  });

  it("compacts into a snapshot every 100 updates and keeps every update for playback", async () => {
    const writer = typist();
    const sq = await sessionQuestionId();
    const resolve = () => panelPad(db, sessionId, 0, { write: true });
    const target = await resolve();
    const total = COMPACT_EVERY * 2 + 37;
    for (let i = 0; i < total; i++) {
      const update = Buffer.from(writer.type(String.fromCharCode(97 + (i % 26))), "base64");
      await storePadUpdate(target, resolve, { kind: "candidate" }, new Uint8Array(update));
      // Half-way, another instance's view: no document in memory, rebuilt from snapshot + tail.
      if (i === COMPACT_EVERY + 10) forgetDocument((await db.codePad.findUniqueOrThrow({ where: { sessionQuestionId: sq } })).id);
    }
    const pad = await db.codePad.findUniqueOrThrow({ where: { sessionQuestionId: sq }, select: { headSeq: true, snapshotSeq: true, snapshot: true, textBytes: true } });
    expect(pad).toMatchObject({ headSeq: total, snapshotSeq: COMPACT_EVERY * 2, textBytes: total });
    expect(pad.snapshot!.byteLength).toBeGreaterThan(0);
    expect(await storedCount()).toBe(total);
    expect(await padText()).toBe(writer.text());

    // A client resuming after update 230 gets only the tail; one from before the snapshot, everything.
    const tail = await readPad(sq, total - 7);
    const behind = typist();
    const before = await readPad(sq, 50);
    behind.receive(Buffer.from(before!.update!).toString("base64"));
    expect(behind.text()).toBe(writer.text());
    expect(tail!.update!.byteLength).toBeLessThan(before!.update!.byteLength);

    // Playback replays every stored update, down to the first keystroke.
    const { body: steps } = await history();
    expect(steps.steps).toHaveLength(total);
    const at = playback(steps.steps);
    expect(at(0)).toBe("a");
    expect(at(total - 1)).toBe(writer.text());
    expect(at(COMPACT_EVERY * 2 + 5)).toBe(writer.text().slice(0, COMPACT_EVERY * 2 + 6));
  });
});

describe("limits", () => {
  it("refuses text past 100 KB with 413 and stores nothing", async () => {
    const writer = typist();
    expect((await asPanel({ update: writer.type("x".repeat(MAX_PAD_TEXT_BYTES - 10)) })).status).toBe(200);
    const over = await asPanel({ update: writer.type("y".repeat(11)) });
    expect(over.status).toBe(413);
    expect(((await over.json()) as { error: { message: string } }).error.message).toMatch(/at most 100 KB/);
    expect(await storedCount()).toBe(1);
    // The refused change did not stay in the server's document: a smaller edit from a fresh client still fits.
    const fresh = typist();
    fresh.receive(Buffer.from((await readPad(await sessionQuestionId(), 0))!.update!).toString("base64"));
    expect((await asPanel({ update: fresh.remove(0, 5) })).status).toBe(200);
    expect((await padText()).length).toBe(MAX_PAD_TEXT_BYTES - 15);
  });

  it("refuses malformed, foreign and oversized updates with 4xx and stores nothing", async () => {
    const notYjs = Buffer.from("definitely not a yjs update").toString("base64");
    const mapDoc = new Y.Doc();
    mapDoc.getMap("secrets").set("k", "v");
    const foreign = Buffer.from(Y.encodeStateAsUpdate(mapDoc)).toString("base64");
    const otherText = new Y.Doc();
    otherText.getText("notes").insert(0, "elsewhere");
    const wrongRoot = Buffer.from(Y.encodeStateAsUpdate(otherText)).toString("base64");
    const cases: Array<[unknown, number]> = [
      [{ update: "%%%not base64%%%" }, 400],
      [{ update: notYjs }, 400],
      [{ update: foreign }, 400],
      [{ update: wrongRoot }, 400],
      [{}, 400],
      [{ update: typist().type("ok"), extra: "field" }, 400],
      [{ update: "A".repeat(200_000) }, 400],
    ];
    for (const [input, status] of cases) {
      const response = await asCandidate(input);
      expect(response.status, JSON.stringify(input).slice(0, 80)).toBe(status);
      const error = ((await response.json()) as { error: { code: string; message: string } }).error;
      expect(error.message.length).toBeGreaterThan(0);
    }
    const huge = await postLive(
      new Request(`http://probe.test/api/live/${token}/pads/0/updates`, body({ update: "A".repeat(300_000) })),
      ctx({ token, position: "0" }),
    );
    expect(huge.status).toBe(413);
    expect(await storedCount()).toBe(0);
  });

  it("refuses an update that builds on changes the pad does not have", async () => {
    const writer = typist();
    writer.type("first ");
    const second = writer.type("second");
    const response = await asCandidate({ update: second });
    expect(response.status).toBe(400);
    expect(await storedCount()).toBe(0);
  });

  it("rate-limits one writer on one pad with 429", async () => {
    // A burst well past the limit, all at once (independent edits, so any order applies cleanly).
    const statuses = await Promise.all(Array.from({ length: 100 }, () => asCandidate({ update: typist().type("k") }).then((r) => r.status)));
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(50);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(25);
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    expect(await storedCount()).toBe(statuses.filter((status) => status === 200).length);
  });

  it("relays cursors with the label the server chose, not the one the client claims", async () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 4242);
    encoding.writeVarUint(encoder, 3);
    encoding.writeVarString(encoder, JSON.stringify({ user: { name: "Ivan Interviewer (trust me)" }, cursor: null, secret: "x" }));
    const awareness = Buffer.from(encoding.toUint8Array(encoder)).toString("base64");
    expect((await asCandidate({ awareness })).status).toBe(200);
    const row = await db.codePadPresence.findFirstOrThrow();
    const relayed = Buffer.from(row.state).toString("utf8");
    expect(relayed).toContain('"name":"Candidate"');
    expect(relayed).not.toContain("trust me");
    expect(relayed).not.toContain("secret");
    // The same editor id from the interviewer is someone else's cursor.
    expect((await asPanel({ awareness })).status).toBe(409);
  });
});

describe("who may write where", () => {
  it("lets the candidate write only to their own live session's pads of questions they were shown", async () => {
    const other = await createSession(db, { creatorId: ivan.id, questionIds: [(await createQuestion(db)).id], status: "LIVE" });
    await db.sessionQuestion.updateMany({ where: { sessionId: other.session.id }, data: { activeSince: new Date() } });
    // The other session's candidate writes with their own link: it lands in their pad, not in this one.
    expect((await asCandidate({ update: typist().type("theirs") }, 0, other.token)).status).toBe(200);
    expect(await padText()).toBe("");
    // Question 2 has not been shown yet.
    expect((await asCandidate({ update: typist().type("ahead") }, 1)).status).toBe(404);
    expect((await asCandidate({ update: typist().type("nowhere") }, 7)).status).toBe(404);
    expect((await asCandidate({ update: typist().type("bad") }, 0, "x".repeat(43))).status).toBe(404);
  });

  it("gives a regenerated link and an ended session 404, and a session not started 409", async () => {
    expect((await asCandidate({ update: typist().type("before") })).status).toBe(200);
    await regenerateLink(new Request(`http://probe.test/api/sessions/${sessionId}/link`, { method: "POST" }), ctx({ id: sessionId }));
    expect((await asCandidate({ update: typist().type("old link") })).status).toBe(404);

    const scheduled = await createSession(db, { creatorId: ivan.id, questionIds: [(await createQuestion(db)).id] });
    expect((await asCandidate({ update: typist().type("early") }, 0, scheduled.token)).status).toBe(409);

    const live = await createSession(db, { creatorId: ivan.id, questionIds: [(await createQuestion(db)).id] });
    await applySessionAction(ivan, live.session.id, { type: "start" });
    expect((await asCandidate({ update: typist().type("during") }, 0, live.token)).status).toBe(200);
    await applySessionAction(ivan, live.session.id, { type: "end" });
    expect((await asCandidate({ update: typist().type("after") }, 0, live.token)).status).toBe(404);
    // The panel may no longer write either: the pad is final.
    expect((await asPanel({ update: typist().type("after") }, 0, live.session.id)).status).toBe(409);
    expect(await storedCount()).toBe(2);
  });

  it("refuses interviewers not on the panel, other roles and strangers", async () => {
    const update = typist().type("x");
    signInAs(stranger);
    expect((await asPanel({ update })).status).toBe(403);
    expect((await loadCode()).status).toBe(403);
    expect((await history()).status).toBe(403);
    signInAs(manager);
    expect((await asPanel({ update })).status).toBe(403);
    // A hiring manager may read a session's pads (the debrief), not write them.
    expect((await history()).status).toBe(200);
    signInAs(await createUser(db, { role: "CANDIDATE" }));
    expect((await asPanel({ update })).status).toBe(403);
    signInAs(null);
    expect((await asPanel({ update })).status).toBe(401);
    expect(await storedCount()).toBe(0);
  });
});

describe("loading the question's code", () => {
  it("appends the prompt's code blocks only, never the model answer or a section, and sets the language", async () => {
    const response = await loadCode();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ seq: 1, language: "go" });
    const text = await padText();
    expect(text).toBe("func add() { counter++ }\n\nx := 1\n");
    for (const secret of ["SECRET-FIX", "mu.Lock", "SECTION-SECRET", "MODEL-ANSWER"]) expect(text).not.toContain(secret);
    expect((await readPad(await sessionQuestionId(), 0))!.language).toBe("go");

    // Loading again appends after what was typed, separated by a blank line.
    expect((await loadCode()).status).toBe(200);
    expect(await padText()).toBe("func add() { counter++ }\n\nx := 1\n\nfunc add() { counter++ }\n\nx := 1\n");
    const row = await db.codePadUpdate.findFirstOrThrow({ where: { seq: 2 } });
    expect(row).toMatchObject({ author: "INTERVIEWER", authorId: ivan.id });
  });

  it("answers 409 for a prompt without code, and the language can be chosen", async () => {
    expect((await loadCode(1)).status).toBe(409);
    const set = (language: unknown) =>
      putLanguage(new Request(`http://probe.test/api/sessions/${sessionId}/pads/1/language`, { method: "PUT", body: JSON.stringify({ language }) }), ctx({ id: sessionId, position: "1" }));
    expect((await set("cobol")).status).toBe(400);
    expect((await set("python")).status).toBe(200);
    expect((await readPad(await sessionQuestionId(1), 0))!.language).toBe("python");
  });

  it("defaults the language to the prompt's first code block", async () => {
    expect((await readPad(await sessionQuestionId(0), 0, { withPrompt: true }))!.language).toBe("go");
    expect((await readPad(await sessionQuestionId(1), 0, { withPrompt: true }))!.language).toBe("plaintext");
  });
});
