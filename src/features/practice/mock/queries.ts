import "server-only";
// Reads of mock interviews: the friend's cockpit (by link), the candidate's view and list (by owner).
import type { CandidateView } from "@/features/sessions/live/candidate-types";
import type { InterviewerView } from "@/features/sessions/types";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { authorizeOwnMock, mockIdForFriend } from "./access";
import { candidateMockSelect, friendViewSelect, toCandidateMockView, toFriendView } from "./dto";
import { friendLinkExpiresAt } from "./policy";

const missing = () => new AppError("NOT_FOUND", "No such mock interview");

/** The friend's cockpit for the mock their link opens. */
export async function getFriendView(token: string, now = new Date()): Promise<InterviewerView> {
  const mockId = await mockIdForFriend(token, now);
  const row = await db.mockInterview.findUnique({ where: { id: mockId }, select: friendViewSelect });
  if (!row) throw missing();
  return toFriendView(row, token, now);
}

/** The candidate's side of their own mock: the live candidate view, nothing more. */
export async function getMockCandidateView(user: SessionUser, mockId: string, now = new Date()): Promise<CandidateView> {
  await authorizeOwnMock(user, mockId);
  return readCandidateView(mockId, now);
}

/** Unchecked read for the candidate's stream, whose caller was authorized when it opened (and is re-checked). */
export async function readCandidateView(mockId: string, now = new Date()): Promise<CandidateView> {
  // The current position first, then that question: a move in between shows up as the next event.
  const head = await db.mockInterview.findUnique({ where: { id: mockId }, select: { currentIndex: true } });
  if (!head) throw missing();
  const row = await db.mockInterview.findUnique({ where: { id: mockId }, select: candidateMockSelect(head.currentIndex) });
  if (!row) throw missing();
  return toCandidateMockView(row, now);
}

export type MockListItem = { id: string; status: string; createdAt: string; questionCount: number; linkExpiresAt: string };

/** The candidate's mocks, newest first. */
export async function listMyMocks(user: SessionUser, take = 20): Promise<MockListItem[]> {
  assertCan(user, "practice:use");
  const rows = await db.mockInterview.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, status: true, createdAt: true, endedAt: true, _count: { select: { questions: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    questionCount: row._count.questions,
    linkExpiresAt: friendLinkExpiresAt(row).toISOString(),
  }));
}

export type MockResult = { questionId: string; title: string; rating: number | null; notes: string };

/**
 * What the friend said, per question, once the mock is over (never before: during the mock the
 * candidate sees only the candidate view). Null while it is not over.
 */
export async function getMockResults(user: SessionUser, mockId: string): Promise<MockResult[] | null> {
  await authorizeOwnMock(user, mockId);
  const mock = await db.mockInterview.findUnique({
    where: { id: mockId },
    select: { status: true, questions: { orderBy: { position: "asc" }, select: { rating: true, notes: true, questionVersion: { select: { questionId: true, title: true } } } } },
  });
  if (!mock || mock.status !== "COMPLETED") return null;
  return mock.questions.map((q) => ({ questionId: q.questionVersion.questionId, title: q.questionVersion.title, rating: q.rating, notes: q.notes }));
}
