// Every input of the code pad (docs/api.md, "Code pad"): path params, the update body, the
// language and the stream's resume point. Isomorphic: the pad's client uses the same limits.
import { z } from "zod";
import { CODE_LANGUAGES } from "@/lib/code-languages";
import { idSchema, secretTokenSchema } from "@/lib/ids";
import { MAX_SESSION_QUESTIONS } from "../schemas";
import { MAX_PAD_AWARENESS_BYTES, MAX_PAD_UPDATE_BYTES } from "./limits";

export * from "./limits";

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
