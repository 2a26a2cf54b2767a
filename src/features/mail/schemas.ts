import { z } from "zod";
import { cursorInstant, cursorSchema } from "@/lib/cursor";
import { idSchema } from "@/lib/ids";

/** The mailbox list, newest first on (receivedAt, id). */
export const mailboxCursorSchema = cursorSchema(["newest"], z.tuple([cursorInstant, idSchema]));

export const attachmentParamsSchema = z.object({ id: idSchema, index: z.coerce.number().int().min(0).max(99) });
