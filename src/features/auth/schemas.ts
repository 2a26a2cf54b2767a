import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/credentials";

// Sign-in's own rules (email, password) are src/lib/credentials.ts's: the server's credentials
// check (src/server/auth.ts) reads them too.

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "Use at most 100 characters"),
  email: emailSchema,
  password: newPasswordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;

/** Only same-site paths may be redirect targets after sign-in, never another origin. */
export function safeCallbackUrl(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  return value;
}
