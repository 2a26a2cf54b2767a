import "server-only";
// What leaves the server about a mock. The friend's side is the cockpit's own view shape
// (sessions/types.ts InterviewerView), so the cockpit renders it unchanged. The candidate's side is
// built ONLY by the live session's allow-listed mapper (sessions/live/candidate-dto.ts), from a
// select that reads no interviewer-only column.
import type { Prisma } from "@/generated/prisma/client";
import { cockpitQuestionSelect, toCockpitQuestion } from "@/features/sessions/dto";
import { toCandidateView } from "@/features/sessions/live/candidate-dto";
import type { CandidateView } from "@/features/sessions/live/candidate-types";
import type { SessionStatus } from "@/features/sessions/state";
import type { InterviewerView, NoteView } from "@/features/sessions/types";
import type { Rating } from "@/lib/rating";
import { FRIEND_ACTOR } from "./policy";

export const mockNoteSelect = { rating: true, notes: true, heardWrongAnswers: true, hintedProbes: true, noteRevision: true } satisfies Prisma.MockQuestionSelect;
type MockNoteRow = Prisma.MockQuestionGetPayload<{ select: typeof mockNoteSelect }>;

export function toMockNoteView(row: MockNoteRow): NoteView {
  const rating = row.rating && row.rating >= 1 && row.rating <= 4 ? (row.rating as Rating) : null;
  return { rating, notes: row.notes, heardWrongAnswers: row.heardWrongAnswers, hintedProbes: row.hintedProbes, revision: row.noteRevision };
}

export const friendViewSelect = {
  id: true,
  status: true,
  revision: true,
  currentIndex: true,
  startedAt: true,
  endedAt: true,
  lastRevealAt: true,
  lastRevealBy: true,
  user: { select: { name: true } },
  questions: {
    orderBy: { position: "asc" },
    select: { ...cockpitQuestionSelect, ...mockNoteSelect },
  },
} satisfies Prisma.MockInterviewSelect;
type FriendRow = Prisma.MockInterviewGetPayload<{ select: typeof friendViewSelect }>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The friend's cockpit. `endpoint` is the link's own API: the token is already in the page's URL. */
export function toFriendView(row: FriendRow, token: string, now: Date): InterviewerView {
  const questions = row.questions.map((q) => toCockpitQuestion(q, toMockNoteView(q)));
  return {
    id: row.id,
    title: `Mock interview with ${row.user.name}`,
    status: row.status as SessionStatus,
    revision: row.revision,
    currentIndex: row.currentIndex,
    total: questions.length,
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    serverNow: now.toISOString(),
    lastReveal: row.lastRevealAt && row.lastRevealBy ? { at: row.lastRevealAt.toISOString(), by: row.lastRevealBy } : null,
    candidate: { name: row.user.name, email: null },
    interviewers: [],
    me: { id: FRIEND_ACTOR },
    questions,
    kind: "mock",
    endpoint: `/api/mock/${token}`,
  };
}

/** Only what the candidate view's mapper reads: no model answer, wrong answers, sections or notes. */
export function candidateMockSelect(position: number) {
  return {
    status: true,
    revision: true,
    currentIndex: true,
    _count: { select: { questions: true } },
    questions: {
      where: { position },
      select: { revealedProbes: true, elapsedMs: true, activeSince: true, questionVersion: { select: { title: true, prompt: true, probes: true } } },
    },
  } satisfies Prisma.MockInterviewSelect;
}
type CandidateRow = Prisma.MockInterviewGetPayload<{ select: ReturnType<typeof candidateMockSelect> }>;

export function toCandidateMockView(row: CandidateRow, now: Date): CandidateView {
  const q = row.questions[0];
  return toCandidateView(
    {
      status: row.status,
      revision: row.revision,
      currentIndex: row.currentIndex,
      questionCount: row._count.questions,
      current: q
        ? { title: q.questionVersion.title, prompt: q.questionVersion.prompt, probes: q.questionVersion.probes, revealedProbes: q.revealedProbes, elapsedMs: q.elapsedMs, activeSince: q.activeSince }
        : null,
    },
    now,
  );
}
