import { RATING_ANCHORS } from "@/lib/rating";
import type { Rating } from "@/lib/rating";
import type { RatingCounts } from "../debrief";

const RATINGS: Rating[] = [1, 2, 3, 4];
const W = 360;
const H = 200;
const TOP = 24;
const BOTTOM = 44;
const BAR = 48;

/**
 * How often each rating was given, as an SVG bar chart, with the same numbers as a table
 * (overall and per interviewer) for screen readers, print and anyone who prefers numbers.
 */
export function RatingChart({ total, byInterviewer, tableOpen = false }: { total: RatingCounts; byInterviewer: Array<{ name: string; email: string; counts: RatingCounts }>; tableOpen?: boolean }) {
  const max = Math.max(1, ...RATINGS.map((r) => total[r]));
  const slot = W / RATINGS.length;
  const sum = RATINGS.reduce((n, r) => n + total[r], 0);
  const description = RATINGS.map((r) => `${r} (${RATING_ANCHORS[r].label}): ${total[r]}`).join(", ");
  return (
    <figure className="space-y-3">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-md" role="img" aria-labelledby="rating-chart-title rating-chart-desc" data-testid="rating-chart">
        {/* One string: React renders a <title>'s children as one text node on the server, so
            several children ("across ", sum, " ratings") failed hydration (React error #418). */}
        <title id="rating-chart-title">{`Rating distribution across ${sum} ratings`}</title>
        <desc id="rating-chart-desc">{description}</desc>
        <line x1={0} x2={W} y1={H - BOTTOM} y2={H - BOTTOM} stroke="var(--line)" />
        {RATINGS.map((r, i) => {
          const height = ((H - TOP - BOTTOM) * total[r]) / max;
          const x = i * slot + (slot - BAR) / 2;
          const y = H - BOTTOM - height;
          return (
            <g key={r}>
              <rect x={x} y={y} width={BAR} height={height} rx={3} fill="var(--accent)" data-rating={r} data-count={total[r]} />
              <text x={x + BAR / 2} y={y - 6} textAnchor="middle" fontSize={13} fill="var(--ink)">{total[r]}</text>
              <text x={x + BAR / 2} y={H - BOTTOM + 18} textAnchor="middle" fontSize={13} fontWeight={600} fill="var(--ink)">{r}</text>
              <text x={x + BAR / 2} y={H - BOTTOM + 34} textAnchor="middle" fontSize={11} fill="var(--muted)">{RATING_ANCHORS[r].label}</text>
            </g>
          );
        })}
      </svg>
      <details className="text-sm" open={tableOpen}>
        <summary className="cursor-pointer text-muted print:hidden">Show the numbers as a table</summary>
        <table className="mt-2 w-full text-left" data-testid="rating-table">
          <caption className="sr-only">Ratings given, per interviewer</caption>
          <thead className="text-muted">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">Interviewer</th>
              {RATINGS.map((r) => (
                <th key={r} scope="col" className="py-1 pr-3 font-medium">{r} · {RATING_ANCHORS[r].label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {byInterviewer.map((p) => (
              <tr key={p.email} className="border-t border-line">
                <th scope="row" className="py-1 pr-3 font-normal">{p.name}</th>
                {RATINGS.map((r) => <td key={r} className="py-1 pr-3">{p.counts[r]}</td>)}
              </tr>
            ))}
            <tr className="border-t border-line font-medium">
              <th scope="row" className="py-1 pr-3">All</th>
              {RATINGS.map((r) => <td key={r} className="py-1 pr-3">{total[r]}</td>)}
            </tr>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
