import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/states";
import { ArchivedQuestionList } from "@/features/questions/components/archived-list";
import { QuestionFilters } from "@/features/questions/components/question-filters";
import { Pagination, QuestionList } from "@/features/questions/components/question-list";
import { bankOptions, searchQuestions, tagOptions } from "@/features/questions/queries";
import { PAGE_SIZE, questionFiltersSchema } from "@/features/questions/schemas";
import { toLevel } from "@/lib/levels";
import { can } from "@/lib/policy";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Questions" };

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("questions:read", "/questions");
  const filters = questionFiltersSchema.parse(await searchParams);
  const [banks, tags] = await Promise.all([bankOptions(user), tagOptions(user)]);
  // ?bank= may name a bank; the select works with ids.
  const bankId = filters.bank ? banks.find((b) => b.id === filters.bank || b.name === filters.bank)?.id : undefined;
  const { items, total } = await searchQuestions(user, {
    q: filters.q,
    level: filters.level ? toLevel(filters.level) : undefined,
    bank: filters.bank,
    tag: filters.tag,
    archived: filters.show === "archived",
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  });
  const pages = Math.ceil(total / PAGE_SIZE);
  const archived = filters.show === "archived";
  const filtered = Boolean(filters.q || filters.level || filters.bank || filters.tag);
  const pageHref = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ q: filters.q, level: filters.level, bank: bankId ?? filters.bank, tag: filters.tag, show: filters.show })) if (value) query.set(key, value);
    if (page > 1) query.set("page", String(page));
    return `/questions?${query}`;
  };

  return (
    <>
      <PageHeader title="Questions">
        <Link href="/questions/banks" className={buttonClass("secondary")}>Banks</Link>
        {can(user, "questions:import") ? <Link href="/questions/import" className={buttonClass("secondary")}>Import</Link> : null}
        {can(user, "questions:edit") ? <Link href="/questions/new" className={buttonClass("primary")}>New question</Link> : null}
      </PageHeader>
      {banks.length === 0 ? (
        <EmptyState title="The question bank is empty">
          {can(user, "questions:import") ? <>Import a document or write a question to start.</> : <>An interviewer or admin has not added any questions yet.</>}
        </EmptyState>
      ) : (
        <>
          <QuestionFilters values={{ q: filters.q, level: filters.level, bank: bankId ?? filters.bank, tag: filters.tag, show: filters.show }} banks={banks} tags={tags} />
          <p className="mb-3 text-sm text-muted" role="status" data-testid="result-count">
            {total === 0 ? `No ${archived ? "archived " : ""}questions` : `${total} ${archived ? "archived " : ""}${total === 1 ? "question" : "questions"}`}
            {filters.q ? <> matching “{filters.q}”</> : null}
            {filters.q && total > 1 ? ", best match first" : null}
          </p>
          {archived ? (
            <>
              <ArchivedQuestionList items={items} canRestore={can(user, "questions:edit")} />
              {items.length === 0 ? <EmptyState title={filtered ? "No archived questions match these filters" : "Nothing is archived"}>Deleted questions, and questions a re-import dropped, are kept here and can be restored.</EmptyState> : null}
              <Pagination page={filters.page} pages={pages} href={pageHref} />
            </>
          ) : items.length === 0 ? (
            <EmptyState title={filtered ? "No questions match these filters" : "No questions yet"}>
              {filtered ? <Link href="/questions" className="text-accent underline">Clear the filters</Link> : null}
            </EmptyState>
          ) : (
            <>
              <QuestionList items={items} />
              <Pagination page={filters.page} pages={pages} href={pageHref} />
            </>
          )}
        </>
      )}
    </>
  );
}
