import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { CompareGrid } from "@/features/candidates/components/compare-grid";
import { candidateChoices, getComparison } from "@/features/candidates/queries";
import { compareParamsSchema, MAX_COMPARE } from "@/features/candidates/schemas";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Compare candidates" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: Search }) {
  const user = await requirePageUser("candidates:review", "/candidates/compare");
  const parsed = compareParamsSchema.safeParse(await searchParams);
  const ids = parsed.success ? parsed.data.ids : [];
  const [comparison, choices] = await Promise.all([getComparison(user, ids), candidateChoices(user)]);

  return (
    <>
      <PageHeader title="Compare candidates">
        <Link href="/candidates" className={buttonClass("secondary")}>All candidates</Link>
      </PageHeader>
      {!parsed.success ? <div className="mb-4"><Alert>{parsed.error.issues[0]?.message ?? "Choose candidates to compare"}</Alert></div> : null}
      {comparison.missing.length ? <div className="mb-4"><Alert tone="warn">{comparison.missing.length} of the chosen candidates no longer exist.</Alert></div> : null}

      {comparison.columns.length >= 2 ? (
        <CompareGrid columns={comparison.columns} rows={comparison.rows} />
      ) : (
        <EmptyState title="Choose at least two candidates">Tick the candidates to compare below.</EmptyState>
      )}

      <form method="get" className="mt-8 space-y-3 rounded-lg border border-line bg-surface p-4" aria-label="Choose candidates to compare">
        <h2 className="font-semibold">Candidates to compare</h2>
        {choices.length ? (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {choices.map((c) => (
              <li key={c.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="ids" value={c.id} defaultChecked={ids.includes(c.id)} className="size-4" />
                  {c.name}
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">No candidates have been interviewed yet.</p>
        )}
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass("primary")}>Compare</button>
          <span className="text-xs text-muted">2 to {MAX_COMPARE} candidates.</span>
        </div>
      </form>
    </>
  );
}
