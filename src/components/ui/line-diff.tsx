import type { DiffLine } from "@/lib/line-diff";
import { cn } from "@/lib/cn";

// A line diff as <del>/<ins> lines. Colour is never the only sign: each line starts with − or +,
// and screen readers hear "removed" or "added" (most do not announce <del> and <ins> themselves).
const LOOK = {
  same: { tag: "span", sign: " ", spoken: "", className: "text-muted" },
  removed: { tag: "del", sign: "−", spoken: "removed: ", className: "bg-danger/10 text-danger no-underline" },
  added: { tag: "ins", sign: "+", spoken: "added: ", className: "bg-ok/10 text-ok no-underline" },
} as const;

export function LineDiff({ lines, label }: { lines: readonly DiffLine[]; label: string }) {
  return (
    <div role="group" aria-label={label} className="overflow-x-auto rounded-md border border-line font-mono text-xs">
      {lines.map((line, index) => {
        const look = LOOK[line.kind];
        const Tag = look.tag;
        return (
          <Tag key={index} className={cn("block whitespace-pre-wrap break-words px-2 py-0.5", look.className)} data-diff={line.kind}>
            <span aria-hidden className="mr-2 select-none">{look.sign}</span>
            {look.spoken ? <span className="sr-only">{look.spoken}</span> : null}
            {line.text || " "}
          </Tag>
        );
      })}
    </div>
  );
}
