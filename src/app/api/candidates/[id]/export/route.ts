import { exportCandidateCsv } from "@/features/candidates/export";
import { candidateParamsSchema } from "@/features/candidates/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";

export const dynamic = "force-dynamic";

/** A candidate's scorecards as a CSV download (hiring managers and admins; audited). */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = candidateParamsSchema.parse(await params);
  const { filename, csv } = await exportCandidateCsv(user, id);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
