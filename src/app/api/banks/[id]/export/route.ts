import { bankToMarkdown } from "@/features/questions/export/bank-markdown";
import { exportFileName, loadExportBank } from "@/features/questions/export/load";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { assertCan } from "@/server/auth-gates";
import { AppError, handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

// GET /api/banks/:id/export → the bank as a Markdown document in the importer's format (the same
// as `npm run export`). Interviewers and admins (banks:manage), interview and practice banks alike.
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  assertCan(user, "banks:manage");
  const { id } = pathParams(await params, idParamsSchema, "No such bank");
  const bank = await loadExportBank({ id });
  if (!bank) throw new AppError("NOT_FOUND", "No such bank");
  return new Response(bankToMarkdown(bank), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(bank.name)}"`,
      "Cache-Control": "no-store",
    },
  });
});
