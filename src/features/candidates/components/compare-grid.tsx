import Link from "next/link";
import { cn } from "@/lib/cn";
import { formatNumber } from "@/lib/format";
import { LEVEL_LABELS } from "@/lib/levels";
import type { CompareRow } from "../compare";
import type { ComparisonColumn } from "../queries";
import { OUTCOME_LABELS } from "../schemas";
import { STATUS_LABELS } from "../status";
import { RecommendationChips } from "./recommendation-chips";

/** Question × candidate: the mean submitted rating per cell, disagreement between raters marked. */
export function CompareGrid({ columns, rows }: { columns: ComparisonColumn[]; rows: CompareRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm" data-testid="compare-grid">
        <caption className="sr-only">Mean rating per question and candidate</caption>
        <thead className="border-b border-line">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium text-muted">Question</th>
            {columns.map((c) => (
              <th key={c.id} scope="col" className="px-3 py-3 font-semibold">
                <Link href={`/candidates/${c.id}`} className="hover:underline">{c.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-line align-top">
            <th scope="row" className="px-4 py-2 font-normal text-muted">Status</th>
            {columns.map((c) => (
              <td key={c.id} className="px-3 py-2">
                {STATUS_LABELS[c.status]}
                {c.decision ? <span className="block text-xs text-muted">Decision: {OUTCOME_LABELS[c.decision.outcome]}</span> : null}
              </td>
            ))}
          </tr>
          <tr className="border-b border-line align-top">
            <th scope="row" className="px-4 py-2 font-normal text-muted">Recommendations</th>
            {columns.map((c) => <td key={c.id} className="px-3 py-2"><RecommendationChips counts={c.recommendations} /></td>)}
          </tr>
          <tr className="border-b border-line">
            <th scope="row" className="px-4 py-2 font-normal text-muted">Level (panel consensus)</th>
            {columns.map((c) => <td key={c.id} className="px-3 py-2">{c.level ? LEVEL_LABELS[c.level] : "—"}</td>)}
          </tr>
          {rows.map((row) => (
            <tr key={row.questionId} className="border-b border-line last:border-0" data-testid={`compare-row-${row.questionId}`}>
              <th scope="row" className="px-4 py-2 font-normal">
                <span className="block">{row.title}</span>
                <span className="text-xs text-muted">{LEVEL_LABELS[row.level]}</span>
              </th>
              {row.cells.map((cell, i) => (
                <td key={columns[i]!.id} className={cn("px-3 py-2", cell?.disagreement && "bg-warn/10")}>
                  {cell ? (
                    <>
                      <span className="font-semibold">{formatNumber(cell.mean)}</span>
                      <span className="text-xs text-muted"> ({cell.count} {cell.count === 1 ? "rating" : "ratings"})</span>
                      {cell.disagreement ? <span className="block text-xs font-medium text-warn">⚠ raters {cell.spread} apart</span> : null}
                    </>
                  ) : (
                    <span className="text-muted">Not asked</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
