import "server-only";
import { MarkdownHtml } from "@/components/markdown";
import { CODE_LANGUAGE_LABELS } from "@/lib/code-languages";
import { renderMarkdown } from "@/server/markdown";
import type { PadSummary } from "../types";
import { PadPlayback } from "./pad-playback";

// A finished session's code pads on the scorecard and the debrief: each question's final code,
// highlighted on the server like every other code block, and its playback.

/** A fence longer than any run of backticks in the code, so the code cannot end its own block. */
function fenced(language: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language === "plaintext" ? "" : language}\n${code}\n${fence}`;
}

export function PadSummaries({ sessionId, pads }: { sessionId: string; pads: PadSummary[] }) {
  if (!pads.length) return <p className="text-sm text-muted">Nobody wrote in this session&apos;s code pads.</p>;
  return (
    <div className="space-y-4">
      {pads.map((pad) => (
        <article key={pad.position} className="rounded-lg border border-line bg-surface p-4" data-testid={`pad-summary-${pad.position}`}>
          <h3 className="mb-2 font-medium">
            {pad.position + 1}. {pad.title} <span className="text-xs font-normal text-muted">· {CODE_LANGUAGE_LABELS[pad.language]} · {pad.updates} changes</span>
          </h3>
          <div data-testid="pad-final-code">
            <MarkdownHtml html={renderMarkdown(fenced(pad.language, pad.text))} />
          </div>
          <PadPlayback historyUrl={`/api/sessions/${sessionId}/pads/${pad.position}/history`} title={`question ${pad.position + 1}`} />
        </article>
      ))}
    </div>
  );
}
