import type { Metadata } from "next";
import Link from "next/link";
import { MarkdownHtml } from "@/components/markdown";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/states";
import { BankAdminForm } from "@/features/banks/components/bank-admin-form";
import { BankPurposeBadge, BankPurposeForm } from "@/features/banks/components/bank-purpose-form";
import { listBanks } from "@/features/questions/queries";
import { formatDate } from "@/lib/format";
import { LEVEL_LABELS, LEVELS } from "@/lib/levels";
import { can } from "@/lib/policy";
import { renderMarkdown } from "@/server/markdown";
import { requirePageUser } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Question banks" };

export default async function BanksPage() {
  const user = await requirePageUser("questions:read", "/questions/banks");
  const zone = await viewerTimeZone(user);
  const banks = await listBanks(user);
  return (
    <>
      <PageHeader title="Question banks">
        <Link href="/questions" className={buttonClass("secondary")}>All questions</Link>
        {can(user, "questions:import") ? <Link href="/questions/import" className={buttonClass("primary")}>Import</Link> : null}
      </PageHeader>
      {banks.length === 0 ? (
        <EmptyState title="No banks yet">{can(user, "questions:import") ? "Import a document to create the first bank." : null}</EmptyState>
      ) : (
        <div className="space-y-4">
          {banks.map((bank) => (
            <Card key={bank.id} className="space-y-4">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 className="text-lg font-semibold">{bank.name}</h2>
                  <p className="text-xs text-muted">
                    {bank.total} {bank.total === 1 ? "question" : "questions"}
                    {bank.source ? <> · from {bank.source}</> : null} · updated {formatDate(bank.updatedAt, zone)}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  {can(user, "banks:manage") && bank.purpose === "INTERVIEW" && bank.total > 0 ? (
                    <Link href={`/questions/copy?bank=${encodeURIComponent(bank.id)}`} className={buttonClass("secondary")}>Copy to practice…</Link>
                  ) : null}
                  <Link href={`/questions?bank=${encodeURIComponent(bank.id)}`} className={buttonClass("secondary")}>View questions</Link>
                  {can(user, "banks:manage") ? (
                    // A file download, not a page: a plain link, so the browser saves it.
                    <a href={`/api/banks/${encodeURIComponent(bank.id)}/export`} download className={buttonClass("secondary")} aria-label={`Download ${bank.name} as Markdown`}>
                      Download
                    </a>
                  ) : null}
                </div>
              </div>
              {can(user, "banks:manage") ? (
                <BankPurposeForm bankId={bank.id} bankName={bank.name} purpose={bank.purpose} questionCount={bank.total} />
              ) : (
                <BankPurposeBadge purpose={bank.purpose} />
              )}
              {bank.description ? <MarkdownHtml html={renderMarkdown(bank.description)} className="text-sm" /> : null}
              <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
                {LEVELS.map((level) => (
                  <div key={level} className="rounded-md border border-line px-3 py-2">
                    <dt className="text-xs text-muted">{LEVEL_LABELS[level]}</dt>
                    <dd className="text-xl font-semibold">{bank.perLevel[level]}</dd>
                  </div>
                ))}
              </dl>
              {bank.notes ? (
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium">Notes</summary>
                  <MarkdownHtml html={renderMarkdown(bank.notes)} className="mt-2" />
                </details>
              ) : null}
              {can(user, "banks:edit") ? <BankAdminForm bankId={bank.id} name={bank.name} description={bank.description} /> : null}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
