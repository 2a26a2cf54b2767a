// The 1–4 rating scale with its written anchors. Interviewer-only text: the candidate's live view
// never imports this module (tests/e2e/live-session.spec.ts checks the candidate's bundles).
export type Rating = 1 | 2 | 3 | 4;

export const RATING_ANCHORS: Record<Rating, { label: string; anchor: string }> = {
  1: { label: "Wrong", anchor: "Gave one of the common wrong answers" },
  2: { label: "Partial", anchor: "Partly right: the core idea, with gaps or hand-waving" },
  3: { label: "Model", anchor: "Gave the model answer" },
  4: { label: "Deep", anchor: "Gave the model answer and held up through the probes to depth" },
};
