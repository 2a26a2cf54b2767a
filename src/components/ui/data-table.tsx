import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A column heading; `hidden` keeps it for screen readers only (e.g. a column of row buttons). */
export type Column = string | { label: string; hidden: true };

/** Cell padding shared by every bordered table, so rows line up with the headings. */
export const cellClass = "px-4 py-3";
export const compactCellClass = "px-3 py-2";

/**
 * The bordered, horizontally scrolling table used by the list pages: a caption for screen readers,
 * one header row of column headings, and the caller's rows as the body.
 */
export function DataTable({
  caption,
  columns,
  compact = false,
  testId,
  children,
}: {
  caption: string;
  columns: Column[];
  compact?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const th = cn(compact ? compactCellClass : cellClass, "font-medium");
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line text-muted">
          <tr>
            {columns.map((column) =>
              typeof column === "string" ? (
                <th key={column} scope="col" className={th}>{column}</th>
              ) : (
                <th key={column.label} scope="col" className={th}><span className="sr-only">{column.label}</span></th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
