import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { Pager } from "@/components/ui/pager";
import { Alert, EmptyState, PageHeader } from "@/components/ui/states";
import { listKits } from "@/features/kits/queries";
import { kitCursorSchema, kitListFiltersSchema } from "@/features/kits/schemas";
import { pageHref, readPageCursor } from "@/lib/cursor";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Kits" };

export default async function KitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("kits:manage", "/kits");
  const raw = await searchParams;
  const { q } = kitListFiltersSchema.parse(raw);
  const { cursor, invalid } = readPageCursor(kitCursorSchema, raw.cursor);
  const { items: kits, prev, next } = await listKits(user, { q, cursor });
  const href = (at: string | null) => (at ? pageHref("/kits", { q }, at) : null);
  return (
    <>
      <PageHeader title="Interview kits">
        <Link href="/kits/new" className={buttonClass("primary")}>New kit</Link>
      </PageHeader>
      <form method="get" action="/kits" role="search" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <InputField id="kit-q" name="q" label="Kit name" type="search" defaultValue={q ?? ""} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>Search</button>
        {q ? <Link href="/kits" className={buttonClass("ghost")}>Clear</Link> : null}
      </form>
      {invalid ? <div className="mb-4"><Alert tone="warn">That page link was not understood; here are the most recently changed kits.</Alert></div> : null}
      {kits.length === 0 ? (
        q ? (
          <EmptyState title={`No kit is named like “${q}”`}>
            <Link href="/kits" className="text-accent underline">See every kit</Link>
          </EmptyState>
        ) : (
          <EmptyState title="No kits yet">
            A kit is a named, ordered list of questions with a time budget for each. <Link href="/kits/new" className="text-accent underline">Create the first one</Link>.
          </EmptyState>
        )
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="Kits, most recently changed first">
          {kits.map((kit) => (
            <li key={kit.id} className="rounded-lg border border-line bg-surface p-5">
              <h2 className="font-semibold">
                <Link href={`/kits/${kit.id}`} className="hover:underline">{kit.name}</Link>
              </h2>
              {kit.description ? <p className="mt-1 line-clamp-2 text-sm text-muted">{kit.description}</p> : null}
              <p className="mt-3 text-sm">
                {kit.questionCount} {kit.questionCount === 1 ? "question" : "questions"} · {kit.totalMinutes} min
              </p>
              <p className="text-xs text-muted">By {kit.createdBy}</p>
            </li>
          ))}
        </ul>
      )}
      <Pager prev={href(prev)} next={href(next)} label="Kit pages" />
    </>
  );
}
