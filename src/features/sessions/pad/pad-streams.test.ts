// The pad streams end to end in one process: real route handlers, real LISTEN/NOTIFY, the real
// database. An update stored by anyone reaches every stream through a notification and a read,
// the way it reaches another instance; a stream resumes after the last update it delivered.
import * as encoding from "lib0/encoding";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as candidatePadEvents } from "@/app/api/live/[token]/pads/[position]/events/route";
import { POST as postLive } from "@/app/api/live/[token]/pads/[position]/updates/route";
import { GET as panelPadEvents } from "@/app/api/sessions/[id]/pads/[position]/events/route";
import { POST as postPanel } from "@/app/api/sessions/[id]/pads/[position]/updates/route";
import { db } from "@/server/db";
import { closeSessionEvents } from "@/server/events";
import { createQuestion } from "~tests/factories/questions";
import { createSession } from "~tests/factories/sessions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { applySessionAction } from "../mutations";
import { padFeedStats } from "./pad-feed";
import { typist } from "./testing/typist";
import type { PadMessage } from "./types";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
afterAll(closeSessionEvents);

type User = Awaited<ReturnType<typeof createUser>>;
let ivan: User;
let sessionId: string;
let token: string;

const ctx = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });
const post = (value: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(value) });

/** Reads a pad stream event by event: `next()` is the next message with its id (null at the end). */
function reader(response: Response) {
  expect(response.status).toBe(200);
  const stream = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    async next(): Promise<{ id: number | null; message: PadMessage } | null> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").find((line) => line.startsWith("data: "));
          if (!data) continue;
          const id = block.split("\n").find((line) => line.startsWith("id: "));
          return { id: id ? Number(id.slice(4)) : null, message: JSON.parse(data.slice(6)) as PadMessage };
        }
        const { value, done } = await stream.read();
        if (done) return null;
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => stream.cancel(),
  };
}

const openCandidate = (headers: Record<string, string> = {}) =>
  candidatePadEvents(new Request(`http://probe.test/api/live/${token}/pads/0/events`, { headers }), ctx({ token, position: "0" })).then(reader);
const openPanel = () => panelPadEvents(new Request(`http://probe.test/api/sessions/${sessionId}/pads/0/events`), ctx({ id: sessionId, position: "0" })).then(reader);
const asCandidate = (value: unknown) => postLive(new Request(`http://probe.test/api/live/${token}/pads/0/updates`, post(value)), ctx({ token, position: "0" }));
const asPanel = (value: unknown) => postPanel(new Request(`http://probe.test/api/sessions/${sessionId}/pads/0/updates`, post(value)), ctx({ id: sessionId, position: "0" }));

beforeEach(async () => {
  await resetDb();
  ivan = await createUser(db, { role: "INTERVIEWER", name: "Ivan Interviewer" });
  const question = await createQuestion(db, { prompt: "Fix it:\n\n```python\nprint(x)\n```" });
  const created = await createSession(db, { creatorId: ivan.id, questionIds: [question.id] });
  sessionId = created.session.id;
  token = created.token;
  signInAs(ivan);
  await applySessionAction(ivan, sessionId, { type: "start" });
});

describe("pad streams", () => {
  it("carries each side's typing to the other, and cursors labelled by the server", async () => {
    const candidateStream = await openCandidate();
    const panelStream = await openPanel();
    expect((await candidateStream.next())!).toEqual({ id: 0, message: { seq: 0, language: "python" } });
    expect((await panelStream.next())!.message).toEqual({ seq: 0, language: "python" });

    const candidate = typist();
    const interviewer = typist();
    expect((await asCandidate({ update: candidate.type("def f():\n") })).status).toBe(200);
    const atPanel = (await panelStream.next())!;
    expect(atPanel.id).toBe(1);
    interviewer.receive(atPanel.message.update!);
    expect(interviewer.text()).toBe("def f():\n");

    expect((await asPanel({ update: interviewer.type("    return 1\n") })).status).toBe(200);
    for (;;) {
      const event = (await candidateStream.next())!;
      if (event.message.update) candidate.receive(event.message.update);
      if (event.id === 2) break;
    }
    expect(candidate.text()).toBe("def f():\n    return 1\n");

    // The candidate's cursor reaches the panel as pad content only, labelled "Candidate".
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, candidate.doc.clientID);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, JSON.stringify({ cursor: null }));
    expect((await asCandidate({ awareness: Buffer.from(encoding.toUint8Array(encoder)).toString("base64") })).status).toBe(200);
    let presence: PadMessage | null = null;
    while (!presence) {
      const event = (await panelStream.next())!;
      if (event.message.presence) presence = event.message;
    }
    expect(Object.keys(presence)).toEqual(["presence"]);
    expect(Buffer.from(presence.presence![0]!, "base64").toString("utf8")).toContain('"name":"Candidate"');
    expect(padFeedStats()).toEqual({ pads: 1, streams: 2 });
    await candidateStream.cancel();
    await panelStream.cancel();
  });

  it("resumes after the last update a client holds (Last-Event-ID), with nothing lost", async () => {
    const writer = typist();
    for (const word of ["one ", "two "]) expect((await asPanel({ update: writer.type(word) })).status).toBe(200);
    const first = await openCandidate();
    const mirror = typist();
    const opened = (await first.next())!;
    mirror.receive(opened.message.update!);
    expect(opened.id).toBe(2);
    await first.cancel();

    // While the client is away, more is written; it reconnects saying where it was.
    for (const word of ["three ", "four"]) expect((await asPanel({ update: writer.type(word) })).status).toBe(200);
    const resumed = await openCandidate({ "last-event-id": "2" });
    const caughtUp = (await resumed.next())!;
    expect(caughtUp.id).toBe(4);
    mirror.receive(caughtUp.message.update!);
    expect(mirror.text()).toBe("one two three four");
    await resumed.cancel();
  });

  it("closes the candidate's pad stream when the interview ends, and the link then answers 404", async () => {
    const stream = await openCandidate();
    await stream.next();
    await applySessionAction(ivan, sessionId, { type: "end" });
    expect(await stream.next()).toBeNull();
    const after = await candidatePadEvents(new Request(`http://probe.test/api/live/${token}/pads/0/events`), ctx({ token, position: "0" }));
    expect(after.status).toBe(404);
    await vi.waitFor(() => expect(padFeedStats()).toEqual({ pads: 0, streams: 0 }));
  });

  it("refuses a malformed resume point with 400", async () => {
    const response = await candidatePadEvents(new Request(`http://probe.test/api/live/${token}/pads/0/events?after=-3`), ctx({ token, position: "0" }));
    expect(response.status).toBe(400);
  });
});
