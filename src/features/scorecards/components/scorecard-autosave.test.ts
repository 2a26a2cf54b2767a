// The scorecard's part of autosave: what each save sends, and how a conflict is shown. The JSON
// API is replaced by a recording function; the engine, the storage logic and the timers are real.
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/api-client";
import { FakeStorage } from "@/lib/testing/fake-storage";
import { withFakeTimers } from "@/lib/testing/fake-timers";
import { editKey, unsentEdits } from "@/lib/unsent-edits";
import type { ScorecardView } from "../types";
import type { ScorecardPatch } from "./api";
import { draftOf } from "./draft";
import { scorecardAutosave } from "./scorecard-autosave";

const KEY = editKey("me", "scorecard", "s1");

const rating = (questionId: string, position: number) => ({
  questionId,
  position,
  title: `Question ${position + 1}`,
  level: "SENIOR" as const,
  rating: null,
  notes: "",
  reached: true,
  probesReached: 0,
  probeCount: 2,
  hintedProbes: [],
  heardWrongAnswers: [],
});

const card = (patch: Partial<ScorecardView> = {}): ScorecardView => ({
  sessionId: "s1",
  interviewer: { email: "me@example.com", name: "Me" },
  mine: true,
  status: "draft",
  recommendation: null,
  level: null,
  summary: "",
  revision: 0,
  submittedAt: null,
  updatedAt: null,
  ratings: [rating("qa", 0), rating("qb", 1)],
  amendments: [],
  ...patch,
});

function setup(initial = card(), storage = new FakeStorage()) {
  const sent: ScorecardPatch[] = [];
  let held = initial;
  const send = vi.fn(async (_session: string, patch: ScorecardPatch) => {
    sent.push(patch);
    held = { ...held, summary: patch.summary ?? held.summary, revision: held.revision + 1 };
    return held;
  });
  const onSaved = vi.fn();
  const store = unsentEdits(storage);
  const engine = scorecardAutosave("s1", initial, "me", { send, onSaved, store, online: () => true });
  return { engine, sent, send, onSaved, store };
}

withFakeTimers();

describe("scorecard autosave", () => {
  it("sends only what changed since the last save, with the revision it is based on", async () => {
    const { engine, sent, onSaved } = setup();
    engine.edit((d) => ({ ...d, summary: "Strong" }));
    await vi.advanceTimersByTimeAsync(600);
    engine.edit((d) => ({ ...d, ratings: { ...d.ratings, qb: { rating: 3, notes: "" } } }));
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([
      { summary: "Strong", revision: 0 },
      { ratings: [{ questionId: "qb", rating: 3, notes: "" }], revision: 1 },
    ]);
    expect(onSaved).toHaveBeenCalledTimes(2);
    expect(engine.get()).toMatchObject({ status: "saved", base: 2 });
  });

  it("shows a 409 with the scorecard saved elsewhere; keeping mine sends only my differences from it", async () => {
    const { engine, send, sent } = setup();
    const theirs = card({ summary: "Theirs", level: "senior", revision: 3 });
    send.mockRejectedValueOnce(new ApiError(409, "CONFLICT", "Changed in another tab", undefined, theirs));
    engine.edit((d) => ({ ...d, summary: "Mine", level: "senior" }));
    await vi.advanceTimersByTimeAsync(600);
    expect(engine.get()).toMatchObject({ status: "conflict", message: "Changed in another tab", conflict: { value: draftOf(theirs), base: 3 } });

    engine.resolve("mine");
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)).toEqual({ summary: "Mine", revision: 3 });
    expect(engine.get().status).toBe("saved");
  });

  it("shows field errors of a refused save", async () => {
    const { engine, send } = setup();
    send.mockRejectedValueOnce(new ApiError(400, "VALIDATION", "Check the scorecard", { summary: ["Too long"] }));
    engine.edit((d) => ({ ...d, summary: "x".repeat(50) }));
    await vi.advanceTimersByTimeAsync(600);
    expect(engine.get()).toMatchObject({ status: "invalid", message: "Check the scorecard", fieldErrors: { summary: ["Too long"] } });
  });

  it("lays a kept draft over the card's questions when it changed elsewhere since", () => {
    const storage = new FakeStorage();
    const keptDraft = { ...draftOf(card()), summary: "Kept", ratings: { qa: { rating: 2 as const, notes: "kept note" } } };
    unsentEdits(storage).write(KEY, keptDraft, 0);
    const { engine, send } = setup(card({ summary: "Saved later", revision: 1 }), storage);
    engine.restore();
    expect(engine.get()).toMatchObject({
      status: "conflict",
      value: { summary: "Kept", ratings: { qa: { rating: 2, notes: "kept note" }, qb: { rating: null, notes: "" } } },
      conflict: { base: 1 },
    });
    expect(send).not.toHaveBeenCalled();
  });

  it("forgets kept edits for a submitted scorecard, and never autosaves one", async () => {
    const storage = new FakeStorage();
    unsentEdits(storage).write(KEY, { ...draftOf(card()), summary: "Kept" }, 0);
    const { engine, send, store } = setup(card({ status: "submitted", revision: 2 }), storage);
    engine.restore();
    expect(store.read(KEY)).toBeNull();
    engine.edit((d) => ({ ...d, summary: "Amending" }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).not.toHaveBeenCalled();
    expect(store.read(KEY)).toBeNull();
  });
});
