import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { DeleteQuestionButton } from "@/features/questions/components/delete-question-button";
import { LevelBadge, TagList } from "@/features/questions/components/level-badge";
import { QuestionView } from "@/features/questions/components/question-view";
import { getQuestionCached } from "@/features/questions/queries";
import { formatDate } from "@/lib/format";
import { idParamsSchema } from "@/lib/ids";
import { can } from "@/lib/policy";
import { requirePageUser, requirePageUserAndParams } from "@/server/page-auth";
import { pageParams } from "@/server/page-guard";
import { viewerTimeZone } from "@/server/time-zone";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser("questions:read");
  const { id } = pageParams(await params, idParamsSchema);
  const question = await getQuestionCached(user, id);
  return { title: question ? `Q${question.number}. ${question.title}` : "Question" };
}

export default async function QuestionPage({ params }: Props) {
  const { user, id } = await requirePageUserAndParams("questions:read", "/questions/[id]", params, idParamsSchema);
  const question = await getQuestionCached(user, id);
  if (!question) notFound();
  const zone = await viewerTimeZone(user);
  const label = `Q${question.number}`;
  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/questions" className="hover:underline">Questions</Link> <span aria-hidden>/</span>{" "}
        <Link href={`/questions?bank=${encodeURIComponent(question.bank.id)}`} className="hover:underline">{question.bank.name}</Link>
      </nav>
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">
          <span className="mr-2 font-mono text-muted">{label}.</span>
          {question.title}
        </h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <LevelBadge level={question.level} />
          <span className="text-muted" data-testid="question-version">Version {question.version}</span>
          <Link href={`/questions/${question.id}/history`} className="underline">Version history</Link>
          <span className="text-muted">Updated {formatDate(question.updatedAt, zone)}</span>
          <TagList tags={question.tags} />
        </div>
        {can(user, "questions:edit") ? (
          <div className="flex flex-wrap gap-2">
            <Link href={`/questions/${question.id}/edit`} className={buttonClass("secondary")}>Edit</Link>
            <DeleteQuestionButton id={question.id} label={`${label} “${question.title}”`} />
          </div>
        ) : null}
      </header>
      <QuestionView question={question} />
    </article>
  );
}
