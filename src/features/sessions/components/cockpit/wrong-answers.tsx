"use client";

import { MarkdownHtml } from "@/components/markdown";
import type { CockpitQuestion } from "../../types";

/** The common wrong answers to listen for, each ticked when heard. */
export function WrongAnswers({ question, heard, onToggle }: { question: CockpitQuestion; heard: number[]; onToggle: (index: number) => void }) {
  return (
    <section aria-labelledby="wrong-heading" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="wrong-heading" className="mb-3 font-semibold">Common wrong answers <span className="text-sm font-normal text-muted">— tick what you hear</span></h2>
      {question.wrongAnswers.length === 0 ? <p className="text-sm text-muted">None recorded for this question.</p> : null}
      <ul className="space-y-3">
        {question.wrongAnswers.map((wrong, index) => (
          <li key={index} className="flex gap-3">
            <input
              id={`heard-${index}`}
              type="checkbox"
              className="mt-1.5 size-4 shrink-0"
              checked={heard.includes(index)}
              onChange={() => onToggle(index)}
              aria-labelledby={`wrong-${index}`}
              aria-describedby={`wrong-why-${index}`}
            />
            <div className="min-w-0 text-sm">
              <div id={`wrong-${index}`}>
                <MarkdownHtml html={wrong.answerHtml} />
              </div>
              <div id={`wrong-why-${index}`} className="mt-1 text-muted">
                <MarkdownHtml html={wrong.whyHtml} />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
