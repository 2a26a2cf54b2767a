// The self-grade is the live-interview rating scale: same numbers, same written anchors. The
// anchor texts live in src/lib/rating.ts and are passed to practice pages from
// the server (see dto.ts `gradeAnchors`), so they never land in a JavaScript chunk that the
// live candidate view could share.
export const GRADES = [1, 2, 3, 4] as const;
export type Grade = (typeof GRADES)[number];
export type GradeAnchors = Record<Grade, { label: string; anchor: string }>;

export function isGrade(value: unknown): value is Grade {
  return typeof value === "number" && (GRADES as readonly number[]).includes(value);
}
