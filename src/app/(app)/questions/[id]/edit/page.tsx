import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/states";
import { QuestionEditor } from "@/features/questions/components/question-editor";
import { getQuestionCached } from "@/features/questions/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("questions:edit", "/questions/[id]/edit", params, idParamsSchema);
  const question = await getQuestionCached(user, id);
  if (!question) notFound();
  const { level, title, prompt, modelAnswer, wrongAnswers, probes, sections, keyPoints, tags } = question;
  return (
    <>
      <PageHeader title={`Edit Q${question.number}`} />
      <p className="-mt-4 mb-6 text-sm text-muted">
        {question.bank.name} · version {question.version}. Saving a change creates version {question.version + 1}; sessions that used earlier versions keep them.
      </p>
      <QuestionEditor
        mode={{ kind: "edit", id: question.id, version: question.version }}
        initial={{ level, title, prompt, modelAnswer, wrongAnswers, probes, sections, keyPoints, tags }}
      />
    </>
  );
}
