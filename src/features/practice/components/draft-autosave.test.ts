// The practice draft's part of autosave: a server action saves it, a fingerprint stands in for a
// revision, and a kept draft meets the run as it now stands. The server action is a recording
// function here; the engine, the storage logic and the timers are real.
import { describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/app-error";
import { FakeStorage } from "@/lib/testing/fake-storage";
import { withFakeTimers } from "@/lib/testing/fake-timers";
import { editKey, stableJson, unsentEdits } from "@/lib/unsent-edits";
import type { Draft } from "../run-state";
import { draftAutosave, type SaveDraft } from "./draft-autosave";

const KEY = editKey("me", "practice", "run1", 0);
const start: Draft = { versionId: "v1", step: { kind: "answer" }, answer: "", probeAnswers: [], wrongAnswersGiven: [], grade: null, elapsedMs: 0, code: "", codeLanguage: null };

function setup(initial = start, storage = new FakeStorage()) {
  const saved: Draft[] = [];
  const answers: Array<ActionResult<null> | Error> = [];
  const save = vi.fn<SaveDraft>(async ({ draft }) => {
    const answer = answers.shift() ?? { ok: true, data: null };
    if (answer instanceof Error) throw answer;
    if (answer.ok) saved.push(draft);
    return answer;
  });
  const store = unsentEdits(storage);
  const engine = draftAutosave("run1", 0, initial, "me", save, { store, online: () => true });
  return { engine, save, saved, answers, store };
}

withFakeTimers();

describe("practice draft autosave", () => {
  it("saves the draft and bases the next edit on the fingerprint of what was saved", async () => {
    const { engine, saved, store } = setup();
    engine.edit({ ...start, answer: "A goroutine is" });
    expect(store.read(KEY)).toMatchObject({ base: stableJson(start) });
    await vi.advanceTimersByTimeAsync(600);
    expect(saved.map((d) => d.answer)).toEqual(["A goroutine is"]);
    expect(engine.get()).toMatchObject({ status: "saved", base: stableJson({ ...start, answer: "A goroutine is" }) });
    expect(store.read(KEY)).toBeNull();
  });

  it("retries after a network failure, and stops when the run moved on in another tab", async () => {
    const { engine, answers, saved, save } = setup();
    answers.push(new TypeError("fetch failed"));
    engine.edit({ ...start, answer: "typed" }, "now");
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.get().status).toBe("retrying");
    await vi.advanceTimersByTimeAsync(500);
    expect(saved.map((d) => d.answer)).toEqual(["typed"]);

    answers.push({ ok: false, error: { code: "CONFLICT", message: "This question was already answered" } });
    engine.edit({ ...start, answer: "typed more" }, "now");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(save).toHaveBeenCalledTimes(3);
    expect(engine.get()).toMatchObject({ status: "conflict", message: "This question was already answered", conflict: null });
  });

  it("offers a kept draft at the step the run is at, with the longer answer time", () => {
    const storage = new FakeStorage();
    const elsewhere = { ...start, answer: "saved in another tab", elapsedMs: 90_000 };
    unsentEdits(storage).write(KEY, { ...start, answer: "kept here", elapsedMs: 60_000 }, stableJson(start));
    const { engine, save } = setup(elsewhere, storage);
    engine.restore();
    expect(engine.get()).toMatchObject({ status: "conflict", value: { answer: "kept here", elapsedMs: 90_000 }, conflict: { value: elsewhere } });
    expect(save).not.toHaveBeenCalled();
  });

  it("drops a kept draft for a step the run has since left", () => {
    const storage = new FakeStorage();
    const revealed: Draft = { ...start, answer: "answered in another tab", step: { kind: "reveal" } };
    unsentEdits(storage).write(KEY, { ...start, answer: "kept here" }, stableJson(start));
    const { engine, store } = setup(revealed, storage);
    engine.restore();
    expect(engine.get()).toMatchObject({ status: "saved", value: revealed });
    expect(store.read(KEY)).toBeNull();
  });

  it("resends a kept draft the server has not seen, even one a step ahead", async () => {
    const storage = new FakeStorage();
    const ahead: Draft = { ...start, answer: "typed offline", step: { kind: "reveal" } };
    unsentEdits(storage).write(KEY, ahead, stableJson(start));
    // The same draft read back from a jsonb column, keys in another order, is the same base.
    const fromDb = Object.fromEntries(Object.entries(start).reverse()) as Draft;
    const { engine, saved } = setup(fromDb, storage);
    engine.restore();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([ahead]);
  });
});
