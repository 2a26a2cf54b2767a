import type { ReactNode } from "react";
import { MarkdownHtml } from "@/components/markdown";
import { Card } from "@/components/ui/states";
import { renderMarkdown } from "@/server/markdown";
import type { QuestionDetail } from "../dto";

// Everything an interviewer needs, in the order they use it: what to ask, what a good answer
// says, what to listen for, where to push next. Markdown is rendered (and sanitised) here, on
// the server, so no Markdown library reaches the browser.
export function QuestionView({ question }: { question: QuestionDetail }) {
  return (
    <div className="space-y-6">
      <Block title="Prompt">
        <MarkdownHtml html={renderMarkdown(question.prompt)} />
      </Block>
      <Block title="Model answer">
        {question.modelAnswer ? <MarkdownHtml html={renderMarkdown(question.modelAnswer)} /> : <Missing>No model answer yet.</Missing>}
      </Block>
      <Block title="Common wrong answers" count={question.wrongAnswers.length}>
        {question.wrongAnswers.length === 0 ? (
          <Missing>None recorded.</Missing>
        ) : (
          <ol className="space-y-4">
            {question.wrongAnswers.map((wrong, index) => (
              <li key={index} className="flex gap-3">
                <span aria-hidden className="mt-0.5 text-sm font-semibold text-danger">✗</span>
                <div className="min-w-0 space-y-1">
                  <MarkdownHtml html={renderMarkdown(wrong.answer)} className="font-medium" />
                  {wrong.why ? (
                    <div className="text-sm text-muted">
                      <span className="sr-only">Why it is wrong: </span>
                      <MarkdownHtml html={renderMarkdown(wrong.why)} />
                    </div>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </Block>
      <Block title="Probe chain" count={question.probes.length}>
        {question.probes.length === 0 ? (
          <Missing>No follow-up questions.</Missing>
        ) : (
          <ol className="space-y-4">
            {question.probes.map((probe, index) => (
              <li key={index} className="flex gap-3">
                <span className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-ink">{index + 1}</span>
                <div className="min-w-0 space-y-1">
                  <MarkdownHtml html={renderMarkdown(probe.question)} className="font-medium" />
                  {probe.answer ? (
                    <div className="border-l-2 border-line pl-3 text-sm">
                      <p className="text-xs font-medium text-muted uppercase">Expected answer</p>
                      <MarkdownHtml html={renderMarkdown(probe.answer)} />
                    </div>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </Block>
      {question.sections.map((section, index) => (
        <Block key={index} title={section.label}>
          <MarkdownHtml html={renderMarkdown(section.body)} />
        </Block>
      ))}
    </div>
  );
}

function Block({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <Card>
      <h2 className="mb-3 flex items-baseline gap-2 text-lg font-semibold">
        {title}
        {count ? <span className="text-sm font-normal text-muted">({count})</span> : null}
      </h2>
      {children}
    </Card>
  );
}

function Missing({ children }: { children: ReactNode }) {
  return <p className="text-sm text-muted">{children}</p>;
}
