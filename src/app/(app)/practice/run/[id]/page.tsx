import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert, PageHeader } from "@/components/ui/states";
import { SkipMissingButton } from "@/features/practice/components/run-buttons";
import { RunPlayer } from "@/features/practice/components/run-player";
import { RunSummary } from "@/features/practice/components/run-summary";
import { gradeAnchors } from "@/features/practice/dto";
import { getRunView } from "@/features/practice/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";

export const metadata: Metadata = { title: "Practice run" };

// No loading.tsx above this page (see ../../progress/loading.tsx): notFound() must set a real 404.
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("practice:use", "/practice/run/[id]", params, idParamsSchema);
  // Another candidate's run is "not found", never "forbidden": that would confirm it exists.
  const view = await getRunView(user, id);
  if (!view) notFound();

  if (view.kind === "finished") {
    return (
      <>
        <PageHeader title="Run complete" />
        <RunSummary results={view.results} />
      </>
    );
  }
  if (view.kind === "missing") {
    return (
      <div className="space-y-4">
        <PageHeader title={`Question ${view.position + 1} of ${view.total}`} />
        <Alert tone="warn">This question is no longer offered for practice: it was removed from its bank, or its bank is no longer a practice bank.</Alert>
        <SkipMissingButton runId={view.runId} position={view.position} />
      </div>
    );
  }
  return (
    <RunPlayer
      anchors={gradeAnchors()}
      key={`${view.runId}-${view.position}`}
      runId={view.runId}
      position={view.position}
      total={view.total}
      question={view.question}
      initialDraft={view.draft}
      initialReveal={view.reveal}
      userId={user.id}
    />
  );
}
