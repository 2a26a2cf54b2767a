import { getMailboxAttachment } from "@/features/mail/mailbox";
import { attachmentParamsSchema } from "@/features/mail/schemas";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

/** One attachment of a message in the embedded mailbox (admins), as a download. */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) => {
  const user = await requireUser();
  const { id, index } = pathParams(await params, attachmentParamsSchema, "No such attachment");
  const attachment = await getMailboxAttachment(user, id, index);
  const filename = attachment.filename.replace(/[^\w.-]+/g, "_");
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      // Never rendered by the browser as a page of ours: always a download.
      "Content-Type": attachment.contentType.startsWith("text/calendar") ? "text/calendar; charset=utf-8" : "application/octet-stream",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
