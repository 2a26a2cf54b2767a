"use client";

import { MarkdownHtml } from "@/components/markdown";
import { cn } from "@/lib/cn";
import { GRADES, type Grade, type GradeAnchors } from "../grades";
import type { RevealView } from "../dto";

/** Tick the wrong answers you gave, then grade yourself on the live-interview anchors (keys 1–4). */
export function GradePanel(props: {
  anchors: GradeAnchors;
  wrongAnswers: RevealView["wrongAnswers"];
  given: number[];
  grade: Grade | null;
  disabled: boolean;
  onToggle: (index: number) => void;
  onGrade: (grade: Grade) => void;
}) {
  const { anchors, wrongAnswers, given, grade, disabled, onToggle, onGrade } = props;
  return (
    <section aria-labelledby="grade-heading" className="space-y-5 rounded-lg border border-line bg-surface p-5">
      <h2 id="grade-heading" className="text-lg font-semibold">Grade yourself</h2>
      {wrongAnswers.length ? (
        <fieldset>
          <legend className="mb-2 text-sm font-medium">Did you give any of the common wrong answers?</legend>
          <ul className="space-y-2">
            {wrongAnswers.map((wrong, i) => (
              <li key={i}>
                <label className="flex min-h-10 items-start gap-3 text-sm">
                  <input
                    type="checkbox"
                    className="mt-1 size-4 shrink-0 accent-accent"
                    checked={given.includes(i)}
                    disabled={disabled}
                    autoFocus={i === 0}
                    onChange={() => onToggle(i)}
                    aria-label={`I gave wrong answer ${i + 1}`}
                  />
                  <MarkdownHtml html={wrong.answerHtml} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <fieldset>
        <legend className="mb-2 text-sm font-medium">How did you do? <span className="font-normal text-muted">(press 1–4)</span></legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {GRADES.map((g) => (
            <label
              key={g}
              className={cn(
                "flex min-h-12 cursor-pointer items-start gap-3 rounded-md border px-3 py-2 text-sm",
                grade === g ? "border-accent bg-canvas" : "border-line",
              )}
            >
              <input
                type="radio"
                name="grade"
                value={g}
                className="mt-1 size-4 shrink-0 accent-accent"
                checked={grade === g}
                disabled={disabled}
                autoFocus={g === 1 && wrongAnswers.length === 0}
                onChange={() => onGrade(g)}
              />
              <span>
                <span className="font-semibold">{g} · {anchors[g].label}</span>
                <span className="block text-muted">{anchors[g].anchor}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
