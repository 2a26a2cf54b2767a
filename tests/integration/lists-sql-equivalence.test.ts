// The candidate list and calibration moved from "read everything, compute in TypeScript" to SQL.
// Here random worlds of candidates, sessions, panels, notes, scorecards and decisions are written
// to the real database, and the SQL's answers are held to the TypeScript definitions they
// replaced (status.ts, debrief.ts's consensusLevel, the blind rule of scorecards/policy.ts,
// calibration.ts's calibrate), for every blind mode and for a reviewer on and off the panels.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { consensusLevel } from "@/features/candidates/debrief";
import { listCandidates } from "@/features/candidates/list";
import { candidateStatus } from "@/features/candidates/status";
import { RECOMMENDATIONS, toRecommendationWord } from "@/features/scorecards";
import { calibrate, type CalibrationSession } from "@/features/scorecards/calibration";
import { BLIND_MODES, seesOthersScorecards, type BlindMode, type PanelSeat } from "@/features/scorecards/policy";
import { getCalibration } from "@/features/scorecards/server";
import { BLIND_REVIEW_KEY } from "@/features/scorecards/settings";
import type { Level, Recommendation, SessionStatus } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";

const LEVELS: Level[] = ["JUNIOR", "MIDDLE", "SENIOR", "STAFF"];
const RECS: Recommendation[] = ["STRONG_NO", "NO", "YES", "STRONG_YES"];

const card = fc.record({
  state: fc.constantFrom("none", "DRAFT", "SUBMITTED", "SUBMITTED", "SUBMITTED"),
  level: fc.constantFrom(null, ...LEVELS),
  recommendation: fc.constantFrom(null, ...RECS),
  delayMinutes: fc.integer({ min: -30, max: 600 }),
});
const session = fc.record({
  status: fc.constantFrom<SessionStatus>("SCHEDULED", "LIVE", "COMPLETED", "COMPLETED", "CANCELLED"),
  panel: fc.subarray([0, 1, 2], { minLength: 1 }),
  cards: fc.array(card, { minLength: 3, maxLength: 3 }),
  questions: fc.subarray([0, 1, 2], { minLength: 1 }),
  secondVersion: fc.boolean(),
  // Per question asked, per panel seat: a rating, a note without one, or no note.
  ratings: fc.array(fc.array(fc.constantFrom<number | null | "none">(1, 2, 3, 4, null, "none"), { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }),
});
const world = fc.record({
  mode: fc.constantFrom<BlindMode>(...BLIND_MODES),
  candidates: fc.array(fc.record({ sessions: fc.array(session, { maxLength: 3 }), decisions: fc.constantFrom(0, 0, 0, 1, 2) }), { minLength: 1, maxLength: 6 }),
});

type People = { panel: SessionUser[]; manager: SessionUser };
let people: People;
let questions: Array<{ id: string; versionIds: string[] }>;

const asUser = (u: { id: string; email: string; name: string; role: SessionUser["role"] }): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });

async function setUp() {
  await resetDb();
  const [ivan, iris, admin, manager] = await Promise.all([
    createUser(db, { role: "INTERVIEWER", name: "Ivan" }),
    createUser(db, { role: "INTERVIEWER", name: "Iris" }),
    createUser(db, { role: "ADMIN", name: "Ada" }),
    createUser(db, { role: "HIRING_MANAGER", name: "Maya" }),
  ]);
  people = { panel: [ivan, iris, admin].map(asUser), manager: asUser(manager) };
  const bank = await createBank(db);
  questions = [];
  for (const [index, level] of (["JUNIOR", "SENIOR", "MIDDLE"] as const).entries()) {
    const q = await createQuestion(db, { bankId: bank.id, number: index + 1, level });
    // A second version with another title: calibration names a question after its newest session.
    const v2 = await db.questionVersion.create({ data: { questionId: q.id, version: 2, level, title: `${q.title} (v2)`, prompt: q.prompt, modelAnswer: "", wrongAnswers: [], probes: [], sections: [] } });
    questions.push({ id: q.id, versionIds: [q.versions[0]!.id, v2.id] });
  }
}

const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 0, 5, 9);

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

async function write(w: World) {
  await db.$executeRaw`TRUNCATE "Candidate", "InterviewSession", "Decision" CASCADE`;
  await db.setting.upsert({ where: { key: BLIND_REVIEW_KEY }, create: { key: BLIND_REVIEW_KEY, value: w.mode }, update: { value: w.mode } });
  let clock = 0;
  for (const [ci, c] of w.candidates.entries()) {
    const candidate = await db.candidate.create({ data: { name: `Candidate ${ci}`, email: `c${ci}@eq.example`, createdAt: new Date(BASE + ci * HOUR) } });
    for (const s of c.sessions) {
      clock += 1;
      const createdAt = new Date(BASE + clock * 10 * HOUR);
      const started = s.status === "LIVE" || s.status === "COMPLETED";
      const endedAt = s.status === "COMPLETED" ? new Date(createdAt.getTime() + 2 * HOUR) : null;
      const row = await db.interviewSession.create({
        data: {
          candidateId: candidate.id,
          title: `Round ${clock}`,
          status: s.status,
          tokenHash: `eq-${clock}-${Math.random()}`,
          createdById: people.panel[s.panel[0]!]!.id,
          createdAt,
          startedAt: started ? new Date(createdAt.getTime() + HOUR) : null,
          endedAt,
          interviewers: { create: s.panel.map((p) => ({ userId: people.panel[p]!.id })) },
          questions: { create: s.questions.map((q, position) => ({ position, questionVersionId: questions[q]!.versionIds[q === 0 && s.secondVersion ? 1 : 0]! })) },
        },
        select: { id: true, questions: { orderBy: { position: "asc" }, select: { id: true } } },
      });
      for (const [slot, p] of s.panel.entries()) {
        const person = people.panel[p]!;
        for (const [qi, asked] of row.questions.entries()) {
          const rating = s.ratings[qi]![slot]!;
          if (rating !== "none") await db.questionNote.create({ data: { sessionQuestionId: asked.id, interviewerId: person.id, rating } });
        }
        const cardSpec = s.cards[slot]!;
        const status = cardSpec.state === "SUBMITTED" && s.status !== "COMPLETED" ? "DRAFT" : cardSpec.state;
        if (status === "none" || s.status === "SCHEDULED" || s.status === "CANCELLED") continue;
        await db.scorecard.create({
          data: {
            sessionId: row.id,
            interviewerId: person.id,
            status,
            level: cardSpec.level,
            recommendation: cardSpec.recommendation,
            submittedAt: status === "SUBMITTED" && endedAt ? new Date(endedAt.getTime() + cardSpec.delayMinutes * 60_000) : null,
          },
        });
      }
    }
    for (let d = 0; d < c.decisions; d++) {
      await db.decision.create({ data: { candidateId: candidate.id, decidedById: people.manager.id, outcome: d ? "HIRE" : "HOLD", reason: "r", createdAt: new Date(BASE + (ci * 3 + d) * HOUR) } });
    }
  }
}

/** The candidate list as it was computed before it moved to SQL (every row read, then mapped). */
async function listInTypeScript(user: SessionUser, mode: BlindMode) {
  const rows = await db.candidate.findMany({
    select: {
      id: true,
      decisions: { orderBy: { createdAt: "desc" }, take: 1, select: { outcome: true, createdAt: true } },
      sessions: { select: { id: true, status: true, startedAt: true, createdAt: true, interviewers: { select: { userId: true } }, scorecards: { select: { interviewerId: true, status: true, recommendation: true, level: true } } } },
    },
  });
  return new Map(
    rows.map((c) => {
      const seats: PanelSeat[] = c.sessions
        .filter((s) => s.interviewers.some((i) => i.userId === user.id))
        .map((s) => ({ sessionId: s.id, status: s.status, submitted: s.scorecards.some((sc) => sc.interviewerId === user.id && sc.status === "SUBMITTED") }));
      const seesAll = seesOthersScorecards(user, mode, seats);
      const submitted = c.sessions.flatMap((s) => s.scorecards.filter((sc) => sc.status === "SUBMITTED" && (seesAll || sc.interviewerId === user.id)));
      const recommendations = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0]));
      for (const sc of submitted) if (sc.recommendation) recommendations[toRecommendationWord(sc.recommendation)]! += 1;
      const dates = c.sessions.filter((s) => s.status !== "CANCELLED").map((s) => (s.startedAt ?? s.createdAt).toISOString()).sort();
      const decision = c.decisions[0];
      return [
        c.id,
        {
          status: candidateStatus({
            decided: !!decision,
            sessions: c.sessions.map((s) => ({ status: s.status, panelSize: s.interviewers.length, submitted: s.scorecards.filter((sc) => sc.status === "SUBMITTED").length })),
          }),
          sessions: c.sessions.filter((s) => s.status !== "CANCELLED").length,
          lastSessionAt: dates.at(-1) ?? null,
          recommendations,
          hidden: !seesAll,
          level: consensusLevel(submitted.map((sc) => sc.level)),
          decision: decision ? { outcome: decision.outcome, at: decision.createdAt.toISOString() } : null,
        },
      ];
    }),
  );
}

/** Calibration as it was computed before (every completed session read, then calibrate()). */
async function calibrationInTypeScript(user: SessionUser, mode: BlindMode) {
  const rows = await db.interviewSession.findMany({
    orderBy: { endedAt: "asc" },
    select: {
      id: true,
      status: true,
      candidateId: true,
      endedAt: true,
      interviewers: { select: { user: { select: { id: true, name: true, email: true } } } },
      scorecards: { select: { interviewerId: true, status: true, submittedAt: true } },
      questions: { orderBy: { position: "asc" }, select: { questionVersion: { select: { questionId: true, title: true, level: true } }, notes: { select: { interviewerId: true, rating: true } } } },
    },
  });
  const seats = (candidateId: string): PanelSeat[] =>
    rows
      .filter((s) => s.candidateId === candidateId && s.interviewers.some((i) => i.user.id === user.id))
      .map((s) => ({ sessionId: s.id, status: s.status, submitted: s.scorecards.some((c) => c.interviewerId === user.id && c.status === "SUBMITTED") }));
  const completed = rows.filter((s) => s.status === "COMPLETED");
  const sessions: CalibrationSession[] = completed
    .filter((s) => seesOthersScorecards(user, mode, seats(s.candidateId)))
    .map((s) => ({
      sessionId: s.id,
      endedAt: s.endedAt,
      panel: s.interviewers.map((i) => i.user),
      questions: s.questions.map((q) => q.questionVersion),
      cards: s.scorecards,
      ratings: s.questions.flatMap((q) => q.notes.map((n) => ({ interviewerId: n.interviewerId, questionId: q.questionVersion.questionId, rating: n.rating }))),
    }));
  return { ...calibrate(sessions), excludedSessions: completed.length - sessions.length };
}

// Floating-point sums in PostgreSQL and in JavaScript may differ in the last bits.
const rounded = (value: unknown): unknown =>
  typeof value === "number" ? Math.round(value * 1e6) / 1e6 : Array.isArray(value) ? value.map(rounded) : value && typeof value === "object" && !(value instanceof Date) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) : value;

describe("the lists computed in SQL", () => {
  beforeAll(setUp);

  it("answer what the TypeScript definitions answer, for every blind mode and viewer", { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        await write(w);
        // The manager (never on a panel) and the admin (a reviewer who sits on panels).
        for (const viewer of [people.manager, people.panel[2]!]) {
          const expected = await listInTypeScript(viewer, w.mode);
          const { items, next } = await listCandidates(viewer, {}, null, 100);
          expect(next).toBeNull();
          expect(items.map((c) => c.id).sort()).toEqual([...expected.keys()].sort());
          for (const item of items) {
            const { id: _id, name: _name, email: _email, ...facts } = item;
            expect(facts, `${viewer.name} on ${item.name} (${w.mode})`).toEqual(expected.get(item.id));
          }
          const calibration = await getCalibration(viewer);
          const { sessions: _sessions, ...figures } = calibration;
          expect(rounded(figures), `calibration for ${viewer.name} (${w.mode})`).toEqual(rounded(await calibrationInTypeScript(viewer, w.mode)));
        }
      }),
      { numRuns: 40, seed: 20261201 },
    );
  });
});
