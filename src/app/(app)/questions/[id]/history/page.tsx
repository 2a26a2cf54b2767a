import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Alert, Card } from "@/components/ui/states";
import { VersionCompareForm, VersionDiff } from "@/features/questions/components/version-diff";
import { getQuestionHistory } from "@/features/questions/history";
import { getQuestionCached } from "@/features/questions/queries";
import { versionCompareSchema } from "@/features/questions/schemas";
import { formatDateTime } from "@/lib/format";
import { idParamsSchema } from "@/lib/ids";
import { LEVEL_LABELS } from "@/lib/levels";
import { requirePageUserAndParams } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Version history" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionHistoryPage({ params, searchParams }: Props) {
  const { user, id } = await requirePageUserAndParams("questions:read", "/questions/[id]/history", params, idParamsSchema);
  const question = await getQuestionCached(user, id);
  const history = question ? await getQuestionHistory(user, id, versionCompareSchema.parse(await searchParams)) : null;
  if (!question || !history) notFound();
  const zone = await viewerTimeZone(user);
  const label = `Q${question.number}`;
  const compareHref = (from: number, to: number) => `/questions/${question.id}/history?from=${from}&to=${to}`;

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/questions" className="hover:underline">Questions</Link> <span aria-hidden>/</span>{" "}
        <Link href={`/questions/${question.id}`} className="hover:underline">{label}. {question.title}</Link>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">Version history of {label}</h1>
      <p className="-mt-4 text-sm text-muted">
        Every saved change is a version; sessions and practice keep the version they used. {history.versions.length}{" "}
        {history.versions.length === 1 ? "version" : "versions"}, the newest first.
      </p>
      <DataTable caption={`Versions of ${label}`} columns={["Version", "Written", "By", "Level", "Title", { label: "Compare", hidden: true }]} testId="version-list">
        {history.versions.map((version, index) => {
          const previous = history.versions[index + 1];
          return (
            <tr key={version.version} className="border-b border-line last:border-0" data-testid={`version-${version.version}`}>
              <td className="px-4 py-3 font-mono">v{version.version}{version.version === question.version ? <span className="ml-2 font-sans text-xs text-muted">(current)</span> : null}</td>
              <td className="whitespace-nowrap px-4 py-3">{formatDateTime(version.createdAt, zone)}</td>
              <td className="px-4 py-3">{version.author ?? <span className="text-muted">not recorded</span>}</td>
              <td className="px-4 py-3">{LEVEL_LABELS[version.level]}</td>
              <td className="px-4 py-3">{version.title}</td>
              <td className="px-4 py-3">
                {previous ? (
                  <Link href={compareHref(previous.version, version.version)} className="underline">
                    Changes from v{previous.version}<span className="sr-only"> to v{version.version}</span>
                  </Link>
                ) : null}
              </td>
            </tr>
          );
        })}
      </DataTable>
      {history.problem ? <Alert tone="warn">{history.problem}</Alert> : null}
      {history.comparison ? (
        <Card className="space-y-5">
          <VersionCompareForm
            versions={history.versions.map((v) => v.version)}
            from={history.comparison.from}
            to={history.comparison.to}
          />
          <VersionDiff comparison={history.comparison} />
        </Card>
      ) : (
        <p className="text-sm text-muted">This question has a single version: there is nothing to compare yet.</p>
      )}
      <Link href={`/questions/${question.id}`} className={buttonClass("secondary")}>Back to the question</Link>
    </article>
  );
}
