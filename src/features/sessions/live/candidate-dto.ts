import "server-only";
import { storedProbes } from "@/features/questions/content";
import { renderMarkdown } from "@/server/markdown";
import type { CandidateView } from "./candidate-types";

// THE boundary of the one invariant (DESIGN.md): the candidate's view is built here, field by
// field, from an allow-list. Never spread a row or a question into it: a column added to the
// schema tomorrow must not reach a candidate because someone wrote `...row`.

/** What the mapper reads. Rows may carry more (answers, notes…); only these fields are looked at. */
export type CandidateSource = {
  status: string;
  revision: number;
  currentIndex: number;
  questionCount: number;
  current: {
    title: string;
    prompt: string;
    /** The stored probe chain; only the questions of the revealed ones are copied. */
    probes: unknown;
    revealedProbes: number;
    elapsedMs: number;
    activeSince: Date | null;
  } | null;
};

const STATUSES = ["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"] as const;
type Status = (typeof STATUSES)[number];
const asStatus = (value: string): Status => (STATUSES as readonly string[]).includes(value) ? (value as Status) : "SCHEDULED";

export function toCandidateView(source: CandidateSource, now: Date): CandidateView {
  const status = asStatus(source.status);
  const position = { index: source.currentIndex, total: source.questionCount };
  const current = source.current;
  if (status !== "LIVE" || !current) {
    return { status, revision: source.revision, position, question: null, timing: null };
  }
  const revealed = storedProbes(current.probes)
    .slice(0, Math.max(0, current.revealedProbes))
    .map((probe) => ({ question: probe.question }));
  return {
    status,
    revision: source.revision,
    position,
    question: { title: current.title, promptHtml: renderMarkdown(current.prompt), revealedProbes: revealed },
    timing: {
      elapsedMs: current.elapsedMs,
      activeSince: current.activeSince ? current.activeSince.toISOString() : null,
      serverNow: now.toISOString(),
    },
  };
}
