import Link from "next/link";
import type { QuestionListItem } from "../dto";
import { LevelBadge, TagList } from "./level-badge";

export function QuestionList({ items }: { items: QuestionListItem[] }) {
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-surface" aria-label="Questions">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:gap-4" data-testid="question-row">
          <span className="w-12 shrink-0 font-mono text-sm text-muted">Q{item.number}</span>
          <div className="min-w-0 flex-1 space-y-1.5">
            <Link href={`/questions/${item.id}`} className="font-medium hover:underline">{item.title}</Link>
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
              <LevelBadge level={item.level} />
              <span>{item.bank.name}</span>
              {item.version > 1 ? <span>v{item.version}</span> : null}
              <TagList tags={item.tags} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  const link = "rounded-md border border-line px-3 py-1.5 hover:bg-canvas";
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? <Link className={link} href={href(page - 1)} rel="prev">Previous</Link> : <span />}
      <span className="text-muted">Page {page} of {pages}</span>
      {page < pages ? <Link className={link} href={href(page + 1)} rel="next">Next</Link> : <span />}
    </nav>
  );
}
