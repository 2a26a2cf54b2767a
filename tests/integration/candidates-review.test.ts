// The hiring manager's side against the real database: debrief, decisions, CSV export,
// calibration, the candidate list and the blind setting. Only the session lookup is replaced.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportRoute } from "@/app/api/candidates/[id]/export/route";
import { recordDecisionAction } from "@/features/candidates/actions";
import { recordDecision } from "@/features/candidates/mutations";
import { CSV_HEADER } from "@/features/candidates/export";
import { listCandidates as listPage } from "@/features/candidates/list";
import { getComparison, getDebrief } from "@/features/candidates/queries";
import { updateBlindModeAction } from "@/features/scorecards/actions";
import { getCalibration } from "@/features/scorecards/server";
import { getBlindMode } from "@/features/scorecards/settings";
import { parseCsv } from "@/lib/testing/parse-csv";
import { db } from "@/server/db";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { buildWorld, type User } from "./scorecards-fixture";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
// revalidatePath needs a Next.js request around it, which Vitest has not; the cache is Next's concern.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let w: Awaited<ReturnType<typeof buildWorld>>;

/** Ivan and Iris both submitted; they disagree by 2 on the senior question (q2). */
beforeEach(async () => {
  await resetDb();
  w = await buildWorld();
  await w.session({
    notes: [
      ...[4, 3, 3].map((rating, position) => ({ interviewerId: w.ivan.id, position, rating, notes: position === 1 ? "=HYPERLINK(\"http://evil\")" : `IVAN-NOTE-${position}` })),
      ...[4, 1, 3].map((rating, position) => ({ interviewerId: w.iris.id, position, rating, notes: `IRIS-NOTE-${position}`, heardWrongAnswers: position === 1 ? [0] : [] })),
    ],
    scorecards: [
      { interviewerId: w.ivan.id, recommendation: "YES", level: "SENIOR", summary: "IVAN-SUMMARY" },
      { interviewerId: w.iris.id, recommendation: "NO", level: "MIDDLE", summary: "IRIS-SUMMARY" },
    ],
  });
  signInAs(w.manager);
});

// The list is paged now; these tests read its first page.
const listCandidates = async (...args: Parameters<typeof listPage>) => (await listPage(...args)).items;

const refused = async (fn: () => Promise<unknown>, code: string) => expect(fn()).rejects.toMatchObject({ code });

async function exportAs(user: User | null, candidateId = w.candidate.id) {
  signInAs(user);
  const res = await exportRoute(new Request(`http://probe.test/api/candidates/${candidateId}/export`), { params: Promise.resolve({ id: candidateId }) });
  const bytes = new Uint8Array(await res.arrayBuffer());
  // Keep the byte order mark visible: Response.text() would silently drop it.
  return { res, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

describe("debrief", () => {
  it("shows who said what, per-question agreement with the disagreement flagged, the distribution and levels", async () => {
    const d = await getDebrief(w.manager, w.candidate.id);
    expect(d.status).toBe("ready");
    expect(d.recommendations).toEqual({ strong_no: 0, no: 1, yes: 1, strong_yes: 0 });
    const [s] = d.sessions;
    expect(s!.submitted.map((c) => c.summary)).toEqual(["IVAN-SUMMARY", "IRIS-SUMMARY"]);
    expect(s!.questions.map((q) => [q.questionId, q.spread, q.agreement])).toEqual([
      [w.q1.id, 0, "agree"],
      [w.q2.id, 2, "disagree"],
      [w.q3.id, 0, "agree"],
    ]);
    expect(d.distribution.total).toEqual({ 1: 1, 2: 0, 3: 3, 4: 2 });
    expect(d.levels.rows.map((r) => [r.interviewer, r.chosen])).toEqual([
      [w.ivan.name, "SENIOR"],
      [w.iris.name, "MIDDLE"],
    ]);
  });

  it("is refused to interviewers and candidates; unknown candidates are not found", async () => {
    await refused(() => getDebrief(w.ivan, w.candidate.id), "FORBIDDEN");
    await refused(() => getDebrief(w.candidateUser, w.candidate.id), "FORBIDDEN");
    await refused(() => getDebrief(w.manager, "nobody"), "NOT_FOUND");
    await refused(() => getComparison(w.ivan, [w.candidate.id]), "FORBIDDEN");
    await refused(() => listCandidates(w.candidateUser, {}), "FORBIDDEN");
  });

  it("compares candidates question by question", async () => {
    const other = await db.candidate.create({ data: { name: "Other Candidate" } });
    await w.session({
      candidate: { id: other.id },
      questions: [w.q2],
      notes: [{ interviewerId: w.ivan.id, position: 0, rating: 2 }],
      scorecards: [{ interviewerId: w.ivan.id, recommendation: "NO", level: "JUNIOR" }],
    });
    const { columns, rows } = await getComparison(w.manager, [w.candidate.id, other.id, "gone"]);
    expect(columns.map((c) => c.name)).toEqual(["Riley Test", "Other Candidate"]);
    const q2 = rows.find((r) => r.questionId === w.q2.id)!;
    expect(q2.cells).toEqual([{ mean: 2, count: 2, spread: 2, disagreement: true }, { mean: 2, count: 1, spread: 0, disagreement: false }]);
    expect(rows.find((r) => r.questionId === w.q1.id)!.cells[1]).toBeNull();
  });

  it("applies the blind rule to an admin who sits on the candidate's panel", async () => {
    await w.session({ interviewers: [w.admin], title: "Admin round", notes: [] });
    const d = await getDebrief(w.admin, w.candidate.id);
    expect(d.othersHidden).toBe(true);
    expect(JSON.stringify(d)).not.toContain("IVAN-SUMMARY");
    const list = await listCandidates(w.admin, {});
    expect(list[0]).toMatchObject({ hidden: true, recommendations: { yes: 0, no: 0 } });
  });
});

describe("decisions", () => {
  it("are recorded with a reason and audited; the newest is current", async () => {
    const first = await recordDecision(w.manager, { candidateId: w.candidate.id, outcome: "HOLD", reason: "Need a system design round" });
    const result = await recordDecisionAction({ candidateId: w.candidate.id, outcome: "HIRE", reason: "Strong on fundamentals" });
    expect(result.ok).toBe(true);
    const rows = await db.decision.findMany({ where: { candidateId: w.candidate.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.outcome, r.reason, r.decidedById])).toEqual([
      ["HOLD", "Need a system design round", w.manager.id],
      ["HIRE", "Strong on fundamentals", w.manager.id],
    ]);
    expect(await db.auditEntry.count({ where: { action: "decision.record", actorId: w.manager.id, targetId: w.candidate.id } })).toBe(2);
    expect(first.candidateId).toBe(w.candidate.id);
    const d = await getDebrief(w.manager, w.candidate.id);
    expect(d.status).toBe("decided");
    expect(d.decisions[0]).toMatchObject({ outcome: "HIRE", decidedBy: w.manager.name });
  });

  it("need a reason and a known outcome, and only reviewers may record them", async () => {
    const invalid = await recordDecisionAction({ candidateId: w.candidate.id, outcome: "MAYBE", reason: " " });
    expect(invalid).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(Object.keys(invalid.ok ? {} : invalid.error.fieldErrors ?? {}).sort()).toEqual(["outcome", "reason"]);
    await refused(() => recordDecision(w.manager, { candidateId: "nobody", outcome: "HIRE", reason: "x" }), "NOT_FOUND");
    for (const user of [w.ivan, w.candidateUser]) {
      signInAs(user);
      expect(await recordDecisionAction({ candidateId: w.candidate.id, outcome: "HIRE", reason: "x" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    signInAs(null);
    expect(await recordDecisionAction({ candidateId: w.candidate.id, outcome: "HIRE", reason: "x" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await db.decision.count()).toBe(0);
  });
});

describe("GET /api/candidates/:id/export", () => {
  it("downloads the scorecards as RFC 4180 CSV, formula-safe, and audits it", async () => {
    const { res, bytes, text } = await exportAs(w.manager);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="scorecards-riley-test-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(6);
    const col = (name: (typeof CSV_HEADER)[number]) => header!.indexOf(name);
    expect(rows.map((r) => [r[col("interviewer_email")], r[col("question_no")], r[col("rating")]])).toEqual([
      [w.ivan.email, "1", "4"],
      [w.ivan.email, "2", "3"],
      [w.ivan.email, "3", "3"],
      [w.iris.email, "1", "4"],
      [w.iris.email, "2", "1"],
      [w.iris.email, "3", "3"],
    ]);
    expect(rows[1]![col("notes")]).toBe("'=HYPERLINK(\"http://evil\")");
    expect(rows[4]![col("rating_meaning")]).toBe("Wrong");
    expect(rows[4]![col("wrong_answers_heard")]).toContain("WRONG-ANSWER-2-A");
    expect(rows[0]![col("recommendation")]).toBe("Yes");
    expect(await db.auditEntry.count({ where: { action: "export.csv", actorId: w.manager.id, targetId: w.candidate.id } })).toBe(1);
  });

  it("is refused to interviewers (403), candidates (403) and strangers (401); unknown candidates are 404", async () => {
    expect((await exportAs(w.ivan)).res.status).toBe(403);
    expect((await exportAs(w.candidateUser)).res.status).toBe(403);
    expect((await exportAs(null)).res.status).toBe(401);
    expect((await exportAs(w.manager, "nobody")).res.status).toBe(404);
    expect(await db.auditEntry.count({ where: { action: "export.csv" } })).toBe(0);
  });
});

describe("calibration", () => {
  it("gives per-interviewer and per-question figures and flags the question rated 2 apart", async () => {
    const c = await getCalibration(w.manager);
    const ivan = c.interviewers.find((i) => i.id === w.ivan.id)!;
    expect(ivan).toMatchObject({ sessions: 1, submitted: 1, ratings: 3, unrated: 0, medianSubmitMs: 60 * 60 * 1000 });
    expect(ivan.mean).toBeCloseTo(10 / 3);
    expect(c.questions.filter((q) => q.inconsistent).map((q) => q.questionId)).toEqual([w.q2.id]);
    await refused(() => getCalibration(w.ivan), "FORBIDDEN");
  });
});

describe("the candidate list", () => {
  it("shows status, sessions and recommendations at a glance, and filters by level, status and date", async () => {
    const fresh = await db.candidate.create({ data: { name: "Fresh Face" } });
    const [riley, other] = [await listCandidates(w.manager, {}), await listCandidates(w.manager, { q: "fresh" })];
    expect(riley.find((c) => c.id === w.candidate.id)).toMatchObject({ status: "ready", sessions: 1, level: "MIDDLE", recommendations: { yes: 1, no: 1 }, hidden: false });
    expect(other.map((c) => c.id)).toEqual([fresh.id]);
    expect((await listCandidates(w.manager, { level: "MIDDLE" })).map((c) => c.id)).toEqual([w.candidate.id]);
    expect(await listCandidates(w.manager, { level: "STAFF" })).toEqual([]);
    expect((await listCandidates(w.manager, { status: "no-interviews" })).map((c) => c.id)).toEqual([fresh.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listCandidates(w.manager, { from: "2000-01-01", to: today })).map((c) => c.id)).toEqual([w.candidate.id]);
    expect(await listCandidates(w.manager, { to: "2000-01-01" })).toEqual([]);
  });
});

describe("the blind review setting", () => {
  it("defaults to until-submitted; only admins change it, and the change is audited", async () => {
    expect(await getBlindMode()).toBe("until-submitted");
    signInAs(w.manager);
    expect(await updateBlindModeAction({ mode: "open" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    signInAs(w.ivan);
    expect(await updateBlindModeAction({ mode: "open" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    signInAs(w.admin);
    expect(await updateBlindModeAction({ mode: "sometimes" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await updateBlindModeAction({ mode: "always-blind" })).toEqual({ ok: true, data: { mode: "always-blind" } });
    expect(await getBlindMode()).toBe("always-blind");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "settings.update" } });
    expect(entry).toMatchObject({ actorId: w.admin.id, targetId: "blindReview", details: { from: "until-submitted", to: "always-blind" } });
  });
});
