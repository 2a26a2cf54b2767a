import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/credentials";
import { secretTokenSchema } from "@/lib/ids";

// Sign-in's own rules (email, password) are src/lib/credentials.ts's: the server's credentials
// check (src/server/sign-in.ts) reads them too. Where a sign-in may send the user afterwards is
// src/lib/redirects.ts's safeCallbackUrl.

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
  email: emailSchema,
  password: newPasswordSchema,
  /** The invitation link's token, under the invite-only policy. */
  invite: z.union([z.literal(""), secretTokenSchema]).optional(),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
