import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/**
 * "Previous" and "Next" for a keyset-paged list: plain links (keyboard and screen readers use
 * them as they are), rel prev/next, and a disabled look where there is no page that way. A link
 * that is not there is a plain text span, so no one tabs to a dead control.
 */
export function Pager({ prev, next, label = "Pages" }: { prev: string | null; next: string | null; label?: string }) {
  if (!prev && !next) return null;
  const off = "inline-flex min-h-10 items-center rounded-md px-4 py-2 text-sm text-muted opacity-50";
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-3">
      {prev ? <Link className={buttonClass("secondary")} href={prev} rel="prev">← Previous</Link> : <span className={off}>← Previous</span>}
      {next ? <Link className={buttonClass("secondary")} href={next} rel="next">Next →</Link> : <span className={off}>Next →</span>}
    </nav>
  );
}
