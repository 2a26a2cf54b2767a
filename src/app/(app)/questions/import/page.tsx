import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/states";
import { ImportWizard } from "@/features/questions/components/import-wizard";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportPage() {
  await requirePageUser("questions:import", "/questions/import");
  return (
    <>
      <PageHeader title="Import a question bank" />
      <p className="-mt-4 mb-6 max-w-2xl text-sm text-muted">
        Upload or paste a document with level sections (## Junior … ## Staff) and questions (### Q1. …). You will see what it contains and what
        would change before anything is saved. Importing the same document again updates its bank in place.
      </p>
      <ImportWizard />
    </>
  );
}
