// Every input of the code pad (docs/api.md, "Code pad"): path params, the update body, the
// language and the stream's resume point. Isomorphic: the pad's client uses the same limits.
import { z } from "zod";
import { CODE_LANGUAGES } from "@/lib/code-languages";
import { idSchema, secretTokenSchema } from "@/lib/ids";
import { MAX_SESSION_QUESTIONS } from "../schemas";

/** UTF-8 bytes of text one pad may hold. */
export const MAX_PAD_TEXT_BYTES = 100 * 1024;
/** One Yjs update, decoded (a paste of a whole pad fits; the client sends smaller batches). */
export const MAX_PAD_UPDATE_BYTES = 128 * 1024;
/** Every update a pad has stored, added up: bounds the history a pad may grow, whatever its clients do. */
export const MAX_PAD_HISTORY_BYTES = 8 * 1024 * 1024;
/** One awareness entry (a cursor and a label), decoded. */
export const MAX_PAD_AWARENESS_BYTES = 2 * 1024;
/** The JSON body of an update POST: base64 of the two above plus room for the keys. */
export const MAX_PAD_BODY_BYTES = 256 * 1024;

const position = z.coerce.number().int().min(0).max(MAX_SESSION_QUESTIONS);

/** `/api/sessions/:id/pads/:position/…`: a position that cannot be in a session is a 404. */
export const padParamsSchema = z.object({ id: idSchema, position });
/** `/api/live/:token/pads/:position/…`. */
export const livePadParamsSchema = z.object({ token: secretTokenSchema, position });

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const base64Of = (maxBytes: number, what: string) =>
  z
    .string({ message: `Send the ${what} as base64` })
    .min(4, `The ${what} is empty`)
    .max(Math.ceil(maxBytes / 3) * 4, `The ${what} is over ${Math.round(maxBytes / 1024)} KB`)
    .regex(BASE64, `The ${what} is not base64`);

/** A batch from one editor: document changes (a Yjs update), its cursor (an awareness update), or both. */
export const padUpdateSchema = z
  .object({
    update: base64Of(MAX_PAD_UPDATE_BYTES, "update").optional(),
    awareness: base64Of(MAX_PAD_AWARENESS_BYTES, "cursor").optional(),
  })
  .strict()
  .refine((body) => body.update !== undefined || body.awareness !== undefined, { message: "Send an update, a cursor or both", path: ["update"] });
export type PadUpdateInput = z.infer<typeof padUpdateSchema>;

export const padLanguageSchema = z.object({ language: z.enum(CODE_LANGUAGES, { message: `Use one of: ${CODE_LANGUAGES.join(", ")}` }) }).strict();

/** Where a pad stream resumes: the last update number the client holds (also read from Last-Event-ID). */
export const padStreamQuerySchema = z.object({ after: z.coerce.number().int().min(0).max(2_147_483_647).optional() });
