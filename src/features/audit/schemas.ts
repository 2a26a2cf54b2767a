import { z } from "zod";
import { cursorInstant, cursorSchema } from "@/lib/cursor";
import { idSchema } from "@/lib/ids";

// The audit page's search params. A value that does not fit drops that one filter: the URL is
// something an admin edits and pastes, and the rest of it still means something.
export const auditFilterSchema = z.object({
  action: z.string().trim().max(60).optional().transform((v) => v || undefined).catch(undefined),
  actor: z.string().trim().max(254).optional().transform((v) => v || undefined).catch(undefined),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Newest first, on (createdAt, id): a cursor holds the time and id of the row to read from. */
export const auditCursorSchema = cursorSchema(["newest"], z.tuple([cursorInstant, idSchema]));
