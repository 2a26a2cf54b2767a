import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/states";
import { QuestionEditor } from "@/features/questions/components/question-editor";
import { getQuestionCached } from "@/features/questions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUser } from "@/server/page-auth";
import { pageParams } from "@/server/page-guard";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = await params;
  const user = await requirePageUser("questions:edit", `/questions/${encodeURIComponent(raw.id)}/edit`);
  const { id } = pageParams(raw, idParamsSchema);
  const question = await getQuestionCached(user, id);
  if (!question) notFound();
  const { level, title, prompt, modelAnswer, wrongAnswers, probes, sections, tags } = question;
  return (
    <>
      <PageHeader title={`Edit Q${question.number}`} />
      <p className="-mt-4 mb-6 text-sm text-muted">
        {question.bank.name} · version {question.version}. Saving a change creates version {question.version + 1}; sessions that used earlier versions keep them.
      </p>
      <QuestionEditor
        mode={{ kind: "edit", id: question.id, version: question.version }}
        initial={{ level, title, prompt, modelAnswer, wrongAnswers, probes, sections, tags }}
      />
    </>
  );
}
