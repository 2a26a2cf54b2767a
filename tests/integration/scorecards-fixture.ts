// A small world for the scorecard tests: a panel of two interviewers, outsiders of every role,
// three questions and a completed session, plus helpers that call the real route handlers with
// `new Request`, the way Next.js does.
import { PUT as putRoute } from "@/app/api/sessions/[id]/scorecard/route";
import { POST as submitRoute } from "@/app/api/sessions/[id]/scorecard/submit/route";
import { GET as listRoute } from "@/app/api/sessions/[id]/scorecards/route";
import { db } from "@/server/db";
import { createFinishedSession, type FinishedSessionOptions } from "~tests/factories/finished-sessions";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";

export type User = Awaited<ReturnType<typeof createUser>>;

export async function buildWorld() {
  const [ivan, iris, stranger, manager, admin, candidateUser] = await Promise.all([
    createUser(db, { role: "INTERVIEWER", name: "Ivan Interviewer" }),
    createUser(db, { role: "INTERVIEWER", name: "Iris Interviewer" }),
    createUser(db, { role: "INTERVIEWER", name: "Stranger Interviewer" }),
    createUser(db, { role: "HIRING_MANAGER", name: "Maya Manager" }),
    createUser(db, { role: "ADMIN", name: "Ada Admin" }),
    createUser(db, { role: "CANDIDATE", name: "Cam Candidate" }),
  ]);
  const bank = await createBank(db);
  const q1 = await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR" });
  const q2 = await createQuestion(db, { bankId: bank.id, number: 2, level: "SENIOR" });
  const q3 = await createQuestion(db, { bankId: bank.id, number: 3, level: "MIDDLE" });
  const candidate = await db.candidate.create({ data: { name: "Riley Test", email: `riley-${Date.now()}@test.example` } });

  const session = (overrides: Partial<FinishedSessionOptions> = {}) =>
    createFinishedSession(db, {
      candidate: { id: candidate.id },
      interviewers: [ivan, iris],
      questions: [q1, q2, q3],
      // What the cockpit wrote during the interview: Ivan rated the first question.
      notes: [{ interviewerId: ivan.id, position: 0, rating: 3, notes: "COCKPIT-NOTE", heardWrongAnswers: [1], hintedProbes: [0] }],
      ...overrides,
    });
  return { ivan, iris, stranger, manager, admin, candidateUser, q1, q2, q3, candidate, session };
}

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "Content-Type": "application/json" },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

export type ApiResult = { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- assertions read arbitrary JSON

async function read(response: Response): Promise<ApiResult> {
  return { status: response.status, body: await response.json() };
}

export const api = {
  put: async (sessionId: string, body: unknown) => read(await putRoute(new Request(`http://probe.test/api/sessions/${sessionId}/scorecard`, jsonInit("PUT", body)), ctx(sessionId))),
  submit: async (sessionId: string, body: unknown = {}) =>
    read(await submitRoute(new Request(`http://probe.test/api/sessions/${sessionId}/scorecard/submit`, jsonInit("POST", body)), ctx(sessionId))),
  list: async (sessionId: string) => read(await listRoute(new Request(`http://probe.test/api/sessions/${sessionId}/scorecards`), ctx(sessionId))),
};

/** A complete scorecard body for a session of q1–q3. */
export function completeBody(qs: { q1: { id: string }; q2: { id: string }; q3: { id: string } }, ratings: [number, number, number], extra: Record<string, unknown> = {}) {
  return {
    ratings: [
      { questionId: qs.q1.id, rating: ratings[0] },
      { questionId: qs.q2.id, rating: ratings[1] },
      { questionId: qs.q3.id, rating: ratings[2] },
    ],
    recommendation: "yes",
    level: "senior",
    summary: "SUMMARY",
    ...extra,
  };
}
