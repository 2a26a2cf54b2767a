import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/states";
import { QuestionEditor } from "@/features/questions/components/question-editor";
import { bankOptions } from "@/features/questions/queries";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage({ searchParams }: { searchParams: Promise<{ bank?: string | string[] }> }) {
  const user = await requirePageUser("questions:edit", "/questions/new");
  const banks = await bankOptions(user);
  const wanted = (await searchParams).bank;
  const defaultBankId = banks.find((bank) => bank.id === wanted)?.id;
  return (
    <>
      <PageHeader title="New question" />
      <QuestionEditor mode={{ kind: "create", banks, defaultBankId }} />
    </>
  );
}
