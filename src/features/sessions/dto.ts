import "server-only";
import { storedProbes, storedSections, storedWrongAnswers } from "@/features/questions/content";
import type { Prisma } from "@/generated/prisma/client";
import type { Rating } from "@/lib/rating";
import { renderMarkdown } from "@/server/markdown";
import type { SessionStatus } from "./state";
import type { CockpitQuestion, InterviewerView, NoteView, SessionListItem, SessionOverview } from "./types";

// Narrow selects and their mappers for the interviewer side. The candidate side has its own,
// allow-listed mapper in live/candidate-dto.ts and shares nothing with this file.
//
// A session shows the candidate's name as its creator gave it (candidateName): candidates are
// matched by email across sessions, and one panel's spelling must not rename them in another's.
// Sessions from before that column (empty) show the candidate's own name.
export const nameIn = (row: { candidateName: string; candidate: { name: string } }) => row.candidateName || row.candidate.name;

export const noteSelect = {
  rating: true,
  notes: true,
  heardWrongAnswers: true,
  hintedProbes: true,
  revision: true,
} satisfies Prisma.QuestionNoteSelect;

/** What the cockpit shows of a question, for a live session's question and a mock's alike. */
export const cockpitQuestionSelect = {
  position: true,
  budgetSeconds: true,
  revealedProbes: true,
  elapsedMs: true,
  activeSince: true,
  questionVersion: {
    select: { version: true, level: true, title: true, prompt: true, modelAnswer: true, wrongAnswers: true, probes: true, sections: true },
  },
} as const;

const panelSelect = { user: { select: { id: true, name: true, email: true } } } satisfies Prisma.SessionInterviewerSelect;

export function interviewerViewSelect(userId: string) {
  return {
    id: true,
    title: true,
    status: true,
    revision: true,
    currentIndex: true,
    startedAt: true,
    endedAt: true,
    candidateName: true,
    lastRevealAt: true,
    lastRevealBy: true,
    candidate: { select: { name: true, email: true } },
    interviewers: { select: panelSelect, orderBy: { createdAt: "asc" } },
    questions: {
      orderBy: { position: "asc" },
      select: { ...cockpitQuestionSelect, notes: { where: { interviewerId: userId }, select: noteSelect, take: 1 } },
    },
  } satisfies Prisma.InterviewSessionSelect;
}

type InterviewerRow = Prisma.InterviewSessionGetPayload<{ select: ReturnType<typeof interviewerViewSelect> }>;
type NoteRow = Prisma.QuestionNoteGetPayload<{ select: typeof noteSelect }>;

export const EMPTY_NOTE: NoteView = { rating: null, notes: "", heardWrongAnswers: [], hintedProbes: [], revision: 0 };

export function toNoteView(row: NoteRow | undefined | null): NoteView {
  if (!row) return EMPTY_NOTE;
  const rating = row.rating && row.rating >= 1 && row.rating <= 4 ? (row.rating as Rating) : null;
  return { rating, notes: row.notes, heardWrongAnswers: row.heardWrongAnswers, hintedProbes: row.hintedProbes, revision: row.revision };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** What a cockpit question is built from: a session's question row, or a mock's (practice/mock/dto.ts). */
export type CockpitQuestionSource = {
  position: number;
  budgetSeconds: number;
  revealedProbes: number;
  elapsedMs: number;
  activeSince: Date | null;
  questionVersion: Pick<StoredQuestionVersion, "version" | "level" | "title" | "prompt" | "modelAnswer" | "wrongAnswers" | "probes" | "sections">;
};
type StoredQuestionVersion = InterviewerRow["questions"][number]["questionVersion"];

export function toCockpitQuestion(q: CockpitQuestionSource, note: NoteView): CockpitQuestion {
  const v = q.questionVersion;
  return {
    position: q.position,
    title: v.title,
    level: v.level,
    version: v.version,
    promptHtml: renderMarkdown(v.prompt),
    modelAnswerHtml: renderMarkdown(v.modelAnswer),
    wrongAnswers: storedWrongAnswers(v.wrongAnswers).map((w) => ({ answerHtml: renderMarkdown(w.answer), whyHtml: renderMarkdown(w.why) })),
    probes: storedProbes(v.probes).map((p) => ({ question: p.question, answerHtml: renderMarkdown(p.answer) })),
    sections: storedSections(v.sections).map((s) => ({ label: s.label, bodyHtml: renderMarkdown(s.body) })),
    budgetSeconds: q.budgetSeconds,
    revealedProbes: q.revealedProbes,
    elapsedMs: q.elapsedMs,
    activeSince: iso(q.activeSince),
    note,
  };
}

export function toInterviewerView(row: InterviewerRow, userId: string, now: Date): InterviewerView {
  const questions: CockpitQuestion[] = row.questions.map((q) => toCockpitQuestion(q, toNoteView(q.notes[0])));
  return {
    id: row.id,
    title: row.title,
    status: row.status as SessionStatus,
    revision: row.revision,
    currentIndex: row.currentIndex,
    total: questions.length,
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    serverNow: now.toISOString(),
    lastReveal: row.lastRevealAt && row.lastRevealBy ? { at: row.lastRevealAt.toISOString(), by: row.lastRevealBy } : null,
    candidate: { name: nameIn(row), email: row.candidate.email },
    interviewers: row.interviewers.map((i) => i.user),
    me: { id: userId },
    questions,
    kind: "session",
    endpoint: `/api/sessions/${row.id}`,
  };
}

export const overviewSelect = {
  id: true,
  title: true,
  status: true,
  createdAt: true,
  startedAt: true,
  endedAt: true,
  scheduledAt: true,
  durationMinutes: true,
  videoUrl: true,
  kitId: true,
  candidateName: true,
  candidate: { select: { name: true, email: true } },
  createdBy: { select: { name: true } },
  interviewers: { select: panelSelect, orderBy: { createdAt: "asc" } },
  questions: {
    orderBy: { position: "asc" },
    select: { position: true, budgetSeconds: true, questionVersion: { select: { title: true, level: true, version: true } } },
  },
} satisfies Prisma.InterviewSessionSelect;

type OverviewRow = Prisma.InterviewSessionGetPayload<{ select: typeof overviewSelect }>;

export function toSessionOverview(row: OverviewRow, kitName: string | null, canRun: boolean): SessionOverview {
  return {
    id: row.id,
    title: row.title,
    status: row.status as SessionStatus,
    candidate: { name: nameIn(row), email: row.candidate.email },
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    scheduledAt: iso(row.scheduledAt),
    durationMinutes: row.durationMinutes,
    videoUrl: row.videoUrl,
    createdBy: row.createdBy.name,
    kitName,
    interviewers: row.interviewers.map((i) => i.user),
    questions: row.questions.map((q) => ({
      position: q.position,
      title: q.questionVersion.title,
      level: q.questionVersion.level,
      version: q.questionVersion.version,
      budgetSeconds: q.budgetSeconds,
    })),
    canRun,
  };
}

export const listSelect = {
  id: true,
  title: true,
  status: true,
  createdAt: true,
  candidateName: true,
  candidate: { select: { name: true } },
  interviewers: { select: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
  _count: { select: { questions: true } },
} satisfies Prisma.InterviewSessionSelect;

type ListRow = Prisma.InterviewSessionGetPayload<{ select: typeof listSelect }>;

export function toSessionListItem(row: ListRow, canRun: boolean): SessionListItem {
  return {
    id: row.id,
    title: row.title,
    status: row.status as SessionStatus,
    candidateName: nameIn(row),
    questionCount: row._count.questions,
    interviewers: row.interviewers.map((i) => i.user.name),
    createdAt: row.createdAt.toISOString(),
    canRun,
  };
}
