import { formatDay, formatNumber } from "@/lib/format";
import type { DayPoint } from "../progress";

// Plain SVG on purpose: one small chart does not justify a charting library in the bundle.
// Top band: average self-grade per day (1–4). Bottom band: attempts per day. Horizontal
// positions are percentages and vertical ones pixels, so the chart fills any width while its
// labels keep a readable size on a phone.
const PLOT_LEFT = 6; // % of the width, room for the grade labels
const GRADE_TOP = 14;
const GRADE_BOTTOM = 128;
const BAR_TOP = 162;
const BAR_BOTTOM = 218;
const H = 246;

export function ProgressChart({ days, id = "practice-chart" }: { days: DayPoint[]; id?: string }) {
  const band = (100 - PLOT_LEFT) / Math.max(days.length, 1);
  const x = (i: number) => PLOT_LEFT + band * i + band / 2;
  const pct = (n: number) => `${n.toFixed(3)}%`;
  const gradeY = (g: number) => GRADE_BOTTOM - ((g - 1) / 3) * (GRADE_BOTTOM - GRADE_TOP);
  const maxAttempts = Math.max(1, ...days.map((d) => d.attempts));
  const barHeight = (n: number) => (n / maxAttempts) * (BAR_BOTTOM - BAR_TOP);
  const points = days.flatMap((d, i) => (d.averageGrade === null ? [] : [{ x: x(i), y: gradeY(d.averageGrade) }]));
  const practised = days.filter((d) => d.attempts > 0);
  const totalAttempts = practised.reduce((sum, d) => sum + d.attempts, 0);
  const first = days[0];
  const lastDay = days[days.length - 1];
  const summary = practised.length
    ? `${totalAttempts} attempt${totalAttempts === 1 ? "" : "s"} on ${practised.length} of the last ${days.length} days.`
    : `No practice in the last ${days.length} days.`;

  return (
    <figure className="space-y-3">
      <svg width="100%" height={H} className="block overflow-visible" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>Average grade and attempts per day</title>
        <desc id={`${id}-desc`}>{summary} The table below lists the same numbers.</desc>
        {[1, 2, 3, 4].map((g) => (
          <g key={g}>
            <line x1={pct(PLOT_LEFT)} x2="100%" y1={gradeY(g)} y2={gradeY(g)} className="stroke-line" strokeWidth={1} />
            <text x="0" y={gradeY(g) + 4} className="fill-muted" fontSize={12}>{g}</text>
          </g>
        ))}
        <text x={pct(PLOT_LEFT)} y={BAR_TOP - 8} className="fill-muted" fontSize={12}>Attempts (most in a day: {maxAttempts})</text>
        <line x1={pct(PLOT_LEFT)} x2="100%" y1={BAR_BOTTOM} y2={BAR_BOTTOM} className="stroke-line" strokeWidth={1} />
        {days.map((d, i) =>
          d.attempts ? (
            <rect key={d.day} x={pct(x(i) - band * 0.35)} width={pct(band * 0.7)} y={BAR_BOTTOM - barHeight(d.attempts)} height={barHeight(d.attempts)} className="fill-accent" opacity={0.45} />
          ) : null,
        )}
        {points.slice(1).map((p, i) => (
          <line key={`l${i}`} x1={pct(points[i]!.x)} y1={points[i]!.y} x2={pct(p.x)} y2={p.y} className="stroke-accent" strokeWidth={2} strokeLinecap="round" />
        ))}
        {points.map((p, i) => (
          <circle key={i} cx={pct(p.x)} cy={p.y} r={4} className="fill-accent" />
        ))}
        {first ? <text x={pct(PLOT_LEFT)} y={H - 4} className="fill-muted" fontSize={12}>{formatDay(first.day)}</text> : null}
        {lastDay ? <text x="100%" y={H - 4} textAnchor="end" className="fill-muted" fontSize={12}>{formatDay(lastDay.day)}</text> : null}
      </svg>
      <figcaption className="text-sm text-muted">{summary} Days are in UTC.</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Show as a table</summary>
        {practised.length ? (
          <table className="mt-2 w-full text-left">
            <caption className="sr-only">Practice per day</caption>
            <thead className="text-muted">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">Day</th>
                <th scope="col" className="py-1 pr-4 font-medium">Attempts</th>
                <th scope="col" className="py-1 font-medium">Average grade</th>
              </tr>
            </thead>
            <tbody>
              {practised.map((d) => (
                <tr key={d.day} className="border-t border-line">
                  <td className="py-1 pr-4">{formatDay(d.day)}</td>
                  <td className="py-1 pr-4">{d.attempts}</td>
                  <td className="py-1">{formatNumber(d.averageGrade)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-muted">No practice in this period.</p>
        )}
      </details>
    </figure>
  );
}
