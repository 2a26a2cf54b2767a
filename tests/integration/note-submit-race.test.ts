// A cockpit note or rating never changes after its scorecard was submitted (issue 14: the note
// route checked "not submitted" and then wrote, outside a transaction, so a save that passed the
// check could land after the submit). The note save and the submit are raced many times; after
// each race, what the submit answered (read inside its transaction, as it was submitted) must be
// exactly what is stored, and a note save that lost the race must have been refused.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { PUT as putNote } from "@/app/api/sessions/[id]/questions/[position]/note/route";
import { db } from "@/server/db";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { api, buildWorld, type User } from "./scorecards-fixture";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));

const ROUNDS = 30;

let world: Awaited<ReturnType<typeof buildWorld>>;
let ivan: User;

beforeEach(async () => {
  await resetDb();
  world = await buildWorld();
  ivan = world.ivan;
  signInAs(ivan);
});

const saveNote = (sessionId: string, body: Record<string, unknown>) =>
  putNote(
    new Request(`http://probe.test/api/sessions/${sessionId}/questions/0/note`, { method: "PUT", body: JSON.stringify(body) }),
    { params: Promise.resolve({ id: sessionId, position: "0" }) },
  );

describe("a note save racing the scorecard's submit", () => {
  it("either lands before the submit and is in the submitted card, or is refused; never after", async () => {
    const outcomes = { noteFirst: 0, submitFirst: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const { id: sessionId } = await world.session({
        notes: [0, 1, 2].map((position) => ({ interviewerId: ivan.id, position, rating: 3, notes: `before ${round}` })),
        scorecards: [{ interviewerId: ivan.id, status: "DRAFT", recommendation: "YES", level: "SENIOR" }],
      });
      const note = await db.questionNote.findFirstOrThrow({ where: { interviewerId: ivan.id, sessionQuestion: { sessionId, position: 0 } } });
      const card = await db.scorecard.findFirstOrThrow({ where: { sessionId, interviewerId: ivan.id } });

      const late = `typed while submitting ${round}`;
      const [submitted, saved] = await Promise.all([
        api.submit(sessionId, { revision: card.revision }),
        saveNote(sessionId, { rating: 1, notes: late, heardWrongAnswers: [], hintedProbes: [], revision: note.revision }),
      ]);

      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      const stored = await db.questionNote.findUniqueOrThrow({ where: { id: note.id } });
      // What the submit answered is the card as submitted: its first rating and note are what is stored.
      expect(submitted.body.ratings[0]).toMatchObject({ rating: stored.rating, notes: stored.notes });
      if (saved.status === 200) {
        outcomes.noteFirst++;
        expect(stored).toMatchObject({ rating: 1, notes: late });
      } else {
        outcomes.submitFirst++;
        expect(saved.status).toBe(409);
        expect(((await saved.json()) as { error: { message: string } }).error.message).toMatch(/submitted/);
        expect(stored).toMatchObject({ rating: 3, notes: `before ${round}` });
      }
    }
    console.info(`note-versus-submit race, who won: ${JSON.stringify(outcomes)}`);
  }, 120_000);

  it("holds a submit that starts while a note save is between its check and its write", async () => {
    // The worst interleaving, made certain: the note save has checked "not submitted" and is kept
    // from writing (another transaction holds its row) while the submit runs. Before the fix the
    // submit committed meanwhile and the note landed after it; now the submit waits for the note.
    const { id: sessionId } = await world.session({
      notes: [0, 1, 2].map((position) => ({ interviewerId: ivan.id, position, rating: 3, notes: "before" })),
      scorecards: [{ interviewerId: ivan.id, status: "DRAFT", recommendation: "YES", level: "SENIOR" }],
    });
    const note = await db.questionNote.findFirstOrThrow({ where: { interviewerId: ivan.id, sessionQuestion: { sessionId, position: 0 } } });
    const card = await db.scorecard.findFirstOrThrow({ where: { sessionId, interviewerId: ivan.id } });

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM "QuestionNote" WHERE "id" = ${note.id} FOR UPDATE`;
        held();
        await released;
      },
      { timeout: 30_000 },
    );
    await holding;
    const saving = saveNote(sessionId, { rating: 1, notes: "late", heardWrongAnswers: [], hintedProbes: [], revision: note.revision });
    // Give the save time to pass its check and reach the held row, then submit.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const submitting = api.submit(sessionId, { revision: card.revision });
    await new Promise((resolve) => setTimeout(resolve, 700));
    release();
    await holder;
    const [saved, submitted] = await Promise.all([saving, submitting]);

    expect(saved.status).toBe(200);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const stored = await db.questionNote.findUniqueOrThrow({ where: { id: note.id } });
    expect(stored).toMatchObject({ rating: 1, notes: "late" });
    expect(submitted.body.ratings[0]).toMatchObject({ rating: 1, notes: "late" });
  }, 60_000);
});
