import { LEVEL_LABELS, type Level } from "@/lib/levels";

// Levels differ by a small marker as well as by name, so they read apart without relying on colour.
const MARK: Record<Level, string> = { JUNIOR: "●○○○", MIDDLE: "●●○○", SENIOR: "●●●○", STAFF: "●●●●" };

export function LevelBadge({ level }: { level: Level }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-line px-2 py-0.5 text-xs font-medium whitespace-nowrap">
      <span aria-hidden className="tracking-tighter text-accent">{MARK[level]}</span>
      {LEVEL_LABELS[level]}
    </span>
  );
}

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="rounded bg-canvas px-1.5 py-0.5 text-xs text-muted">#{tag}</li>
      ))}
    </ul>
  );
}
