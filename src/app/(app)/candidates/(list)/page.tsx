import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { cellClass, DataTable } from "@/components/ui/data-table";
import { Pager } from "@/components/ui/pager";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { CandidateFilters } from "@/features/candidates/components/candidate-filters";
import { RecommendationChips } from "@/features/candidates/components/recommendation-chips";
import { listCandidates } from "@/features/candidates/list";
import { candidateCursorSchema, candidateFiltersSchema, MAX_COMPARE, OUTCOME_LABELS } from "@/features/candidates/schemas";
import { STATUS_LABELS } from "@/features/candidates/status";
import { pageHref, readPageCursor } from "@/lib/cursor";
import { fieldErrorsOf } from "@/lib/field-errors";
import { formatDate } from "@/lib/format";
import { LEVEL_LABELS } from "@/lib/levels";
import { requirePageUser } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Candidates" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function CandidatesPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePageUser("candidates:review", "/candidates");
  const zone = await viewerTimeZone(user);
  const raw = await searchParams;
  const parsed = candidateFiltersSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const { cursor, invalid } = readPageCursor(candidateCursorSchema(filters.sort ?? "recent"), raw.cursor);
  const { items: candidates, prev, next } = await listCandidates(user, filters, cursor);
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { sort: _sort, ...narrowing } = filters;
  const filtered = Object.values(narrowing).some(Boolean);
  const href = (at: string | null) => (at ? pageHref("/candidates", { ...filters }, at) : null);

  return (
    <>
      <PageHeader title="Candidates">
        <Link href="/candidates/calibration" className={buttonClass("secondary")}>Calibration</Link>
      </PageHeader>
      <CandidateFilters values={values} errors={parsed.success ? undefined : fieldErrorsOf(parsed.error)} />
      {!parsed.success ? <div className="mb-4"><Alert>Some filters were not understood and were ignored.</Alert></div> : null}
      {invalid ? <div className="mb-4"><Alert tone="warn">That page link was not understood; here is the first page.</Alert></div> : null}
      {raw.erased === "1" ? <div className="mb-4"><Alert tone="ok">The candidate was erased, with their interviews, scorecards and decisions.</Alert></div> : null}
      {candidates.length === 0 ? (
        <EmptyState title={filtered ? "No candidates match these filters" : "No candidates yet"}>
          {filtered ? "Try fewer filters." : "Candidates appear here once an interview session is created for them."}
        </EmptyState>
      ) : (
        <form method="get" action="/candidates/compare" aria-label="Compare candidates">
          <DataTable caption="Candidates" columns={[{ label: "Compare", hidden: true }, "Candidate", "Status", "Sessions", "Last interview", "Recommendations", "Level"]}>
            {candidates.map((c) => (
              <tr key={c.id} className="border-b border-line last:border-0" data-testid={`candidate-${c.email ?? c.id}`}>
                <td className={cellClass}>
                  <input type="checkbox" name="ids" value={c.id} aria-label={`Compare ${c.name}`} className="size-4" />
                </td>
                <td className={cellClass}>
                  <Link href={`/candidates/${c.id}`} className="font-medium underline-offset-2 hover:underline">{c.name}</Link>
                  {c.email ? <span className="block text-xs text-muted">{c.email}</span> : null}
                </td>
                <td className={cellClass}>
                  {STATUS_LABELS[c.status]}
                  {c.decision ? <span className="block text-xs text-muted">{OUTCOME_LABELS[c.decision.outcome]}</span> : null}
                </td>
                <td className={cellClass}>{c.sessions}</td>
                <td className={cellClass}>{c.lastSessionAt ? formatDate(c.lastSessionAt, zone) : "—"}</td>
                <td className={cellClass}><RecommendationChips counts={c.recommendations} hidden={c.hidden && c.sessions > 0} /></td>
                <td className={cellClass}>{c.level ? LEVEL_LABELS[c.level] : "—"}</td>
              </tr>
            ))}
          </DataTable>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button type="submit" className={buttonClass("secondary")}>Compare selected</button>
            <span className="text-xs text-muted">Tick 2 to {MAX_COMPARE} candidates on this page, or pick them by name on the compare page.</span>
          </div>
        </form>
      )}
      <Pager prev={href(prev)} next={href(next)} label="Candidate pages" />
    </>
  );
}
