import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { Pager } from "@/components/ui/pager";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { CompareGrid } from "@/features/candidates/components/compare-grid";
import { candidateChoices } from "@/features/candidates/list";
import { getComparison } from "@/features/candidates/queries";
import { compareParamsSchema, MAX_COMPARE, pickerCursorSchema, pickerFiltersSchema } from "@/features/candidates/schemas";
import { pageHref, readPageCursor } from "@/lib/cursor";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Compare candidates" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: Search }) {
  const user = await requirePageUser("candidates:review", "/candidates/compare");
  const raw = await searchParams;
  const parsed = compareParamsSchema.safeParse(raw);
  const ids = parsed.success ? parsed.data.ids : [];
  const { find } = pickerFiltersSchema.parse(raw);
  const { cursor, invalid } = readPageCursor(pickerCursorSchema, raw.cursor);
  const [comparison, choices] = await Promise.all([getComparison(user, ids), candidateChoices(user, { find, cursor })]);
  // The chosen ones stay ticked above the search results, whatever page of them is shown.
  const others = choices.items.filter((c) => !ids.includes(c.id));
  const href = (at: string | null) => (at ? `${pageHref("/candidates/compare", { find }, at)}${ids.map((id) => `&ids=${encodeURIComponent(id)}`).join("")}` : null);

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
        <EmptyState title="Choose at least two candidates">Find and tick the candidates to compare below.</EmptyState>
      )}

      <form method="get" className="mt-8 space-y-4 rounded-lg border border-line bg-surface p-4" aria-label="Choose candidates to compare">
        <h2 className="font-semibold">Candidates to compare</h2>
        {comparison.columns.length ? (
          <fieldset>
            <legend className="text-sm font-medium">Chosen</legend>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {comparison.columns.map((c) => (
                <li key={c.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="ids" value={c.id} defaultChecked className="size-4" />
                    {c.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <InputField id="find" label="Find interviewed candidates by name or email" type="search" defaultValue={find ?? ""} />
          </div>
          <button type="submit" className={buttonClass("secondary")}>Find</button>
        </div>
        {invalid ? <Alert tone="warn">That page link was not understood; here is the first page.</Alert> : null}
        {others.length ? (
          <fieldset>
            <legend className="text-sm font-medium">{find ? `Matching “${find}”` : "Interviewed candidates, by name"}</legend>
            <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {others.map((c) => (
                <li key={c.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="ids" value={c.id} className="size-4" />
                    {c.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : (
          <p className="text-sm text-muted">{find ? `No interviewed candidate matches “${find}”.` : choices.items.length ? "Every candidate on this page is chosen." : "No candidates have been interviewed yet."}</p>
        )}
        <Pager prev={href(choices.prev)} next={href(choices.next)} label="Candidate choices pages" />
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass("primary")}>Compare</button>
          <span className="text-xs text-muted">2 to {MAX_COMPARE} candidates.</span>
        </div>
      </form>
    </>
  );
}
