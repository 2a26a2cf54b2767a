import { MarkdownHtml } from "@/components/markdown";
import type { RevealView } from "../dto";
import { MarkedAnswer } from "./answer-feedback";
import type { AnswerFeedback } from "./api";

/** The candidate's own answer (its words that matched a key point marked) and code beside the model answer and the wrong answers people commonly give. */
export function RevealPanel({ answer, code = "", reveal, feedback }: { answer: string; code?: string; reveal: RevealView; feedback?: AnswerFeedback }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="your-answer" className="rounded-lg border border-line bg-surface p-5">
        <h3 id="your-answer" className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Your answer</h3>
        <MarkedAnswer answer={answer} feedback={feedback} />
        {code ? (
          <pre className="mt-3 overflow-auto rounded-md border border-line bg-canvas p-3 text-sm" data-testid="own-code" aria-label="Your code">{code}</pre>
        ) : null}
      </section>
      <section aria-labelledby="model-answer" className="rounded-lg border border-accent/40 bg-surface p-5">
        <h3 id="model-answer" className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">Model answer</h3>
        <MarkdownHtml html={reveal.modelAnswerHtml} />
        {reveal.wrongAnswers.length ? (
          <>
            <h3 className="mb-2 mt-5 text-sm font-semibold uppercase tracking-wide text-muted">Common wrong answers</h3>
            <ul className="space-y-3">
              {reveal.wrongAnswers.map((wrong, i) => (
                <li key={i} className="border-l-2 border-danger pl-3 text-sm">
                  <MarkdownHtml html={wrong.answerHtml} />
                  {wrong.whyHtml ? <MarkdownHtml html={wrong.whyHtml} className="mt-1 text-muted" /> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {reveal.sections.map((section) => (
          <details key={section.label} className="mt-4 text-sm">
            <summary className="cursor-pointer font-medium">{section.label}</summary>
            <MarkdownHtml html={section.bodyHtml} className="mt-2" />
          </details>
        ))}
      </section>
    </div>
  );
}
