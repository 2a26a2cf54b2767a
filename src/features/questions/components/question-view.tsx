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
      {question.keyPoints.length ? (
        <Block title="Key points for practice feedback" count={question.keyPoints.length}>
          <ol className="list-decimal space-y-1 pl-5">
            {question.keyPoints.map((point, index) => <li key={index}>{point}</li>)}
          </ol>
        </Block>
      ) : null}
      <ListBlock
        title="Common wrong answers"
        empty="None recorded."
        items={question.wrongAnswers.map((wrong) => ({ main: wrong.answer, more: wrong.why }))}
        marker={() => <span aria-hidden className="mt-0.5 text-sm font-semibold text-danger">✗</span>}
        more={(html) => (
          <div className="text-sm text-muted">
            <span className="sr-only">Why it is wrong: </span>
            <MarkdownHtml html={html} />
          </div>
        )}
      />
      <ListBlock
        title="Probe chain"
        empty="No follow-up questions."
        items={question.probes.map((probe) => ({ main: probe.question, more: probe.answer }))}
        marker={(index) => <span className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-ink">{index + 1}</span>}
        more={(html) => (
          <div className="border-l-2 border-line pl-3 text-sm">
            <p className="text-xs font-medium text-muted uppercase">Expected answer</p>
            <MarkdownHtml html={html} />
          </div>
        )}
      />
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

/**
 * A counted block of numbered items (wrong answers, probes): each a marker, its main text and,
 * when there is one, a second text below it (why it is wrong, the expected answer).
 */
function ListBlock({
  title,
  empty,
  items,
  marker,
  more,
}: {
  title: string;
  empty: string;
  items: Array<{ main: string; more: string }>;
  marker: (index: number) => ReactNode;
  more: (html: string) => ReactNode;
}) {
  return (
    <Block title={title} count={items.length}>
      {items.length === 0 ? (
        <Missing>{empty}</Missing>
      ) : (
        <ol className="space-y-4">
          {items.map((item, index) => (
            <li key={index} className="flex gap-3">
              {marker(index)}
              <div className="min-w-0 space-y-1">
                <MarkdownHtml html={renderMarkdown(item.main)} className="font-medium" />
                {item.more ? more(renderMarkdown(item.more)) : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Block>
  );
}

function Missing({ children }: { children: ReactNode }) {
  return <p className="text-sm text-muted">{children}</p>;
}
