import "server-only";
import { RECOMMENDATION_LABELS } from "@/features/scorecards";
import { loadCandidateCards } from "@/features/scorecards/server";
import { toCsv, type CsvValue } from "@/lib/csv";
import { LEVEL_LABELS, toLevel } from "@/lib/levels";
import { RATING_ANCHORS } from "@/lib/rating";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { AppError } from "@/server/errors";

// A candidate's scorecards as CSV: one row per interviewer per question, with the scorecard's
// own fields repeated on each row so the file sorts and filters well in a spreadsheet. Exactly
// the scorecards the viewer may see (the blind rule applies to exports too).

export const CSV_HEADER = [
  "candidate",
  "candidate_email",
  "session",
  "session_date",
  "interviewer",
  "interviewer_email",
  "scorecard_status",
  "recommendation",
  "level",
  "question_no",
  "question",
  "question_level",
  "rating",
  "rating_meaning",
  "probes_reached",
  "wrong_answers_heard",
  "hints_given",
  "notes",
  "summary",
  "submitted_at",
] as const;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "candidate";

export async function exportCandidateCsv(user: SessionUser, candidateId: string): Promise<{ filename: string; csv: string; rows: number }> {
  assertCan(user, "candidates:review");
  const loaded = await loadCandidateCards(user, candidateId);
  if (!loaded) throw new AppError("NOT_FOUND", "No such candidate");
  const { candidate } = loaded;

  const rows: CsvValue[][] = [];
  for (const session of loaded.sessions) {
    for (const card of session.visible) {
      for (const r of card.ratings) {
        rows.push([
          candidate.name,
          candidate.email,
          session.title,
          session.date.slice(0, 10),
          card.interviewer.name,
          card.interviewer.email,
          card.status,
          card.recommendation ? RECOMMENDATION_LABELS[card.recommendation] : null,
          card.level ? LEVEL_LABELS[toLevel(card.level)] : null,
          r.position + 1,
          r.title,
          LEVEL_LABELS[r.level],
          r.rating,
          r.rating ? RATING_ANCHORS[r.rating].label : r.reached ? "unrated" : "not reached",
          `${r.probesReached}/${r.probeCount}`,
          r.heardWrongAnswers.join(" | "),
          r.hintedProbes.join(" | "),
          r.notes,
          card.summary,
          card.submittedAt,
        ]);
      }
    }
  }
  await audit({ actorId: user.id, action: "export.csv", targetType: "candidate", targetId: candidate.id, details: { rows: rows.length } });
  const day = new Date().toISOString().slice(0, 10);
  // The byte order mark makes spreadsheet apps read the file as UTF-8 (names with accents).
  return { filename: `scorecards-${slug(candidate.name)}-${day}.csv`, csv: `\uFEFF${toCsv([[...CSV_HEADER], ...rows])}`, rows: rows.length };
}
