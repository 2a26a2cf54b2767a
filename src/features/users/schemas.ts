import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/credentials";
import { idSchema } from "@/lib/ids";
import { ROLES } from "@/lib/policy";

export const roleSchema = z.enum(ROLES, { message: "Choose a role" });

const nameSchema = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters");

export const createUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: roleSchema,
  // Empty means "invite": the person is mailed a sign-in link to choose their own (72 h, single use).
  password: z.union([z.literal(""), newPasswordSchema]).default(""),
});

export const changeRoleSchema = z.object({ userId: idSchema, role: roleSchema });
export const setActiveSchema = z.object({ userId: idSchema, active: z.enum(["true", "false"]).transform((v) => v === "true") });

/** The admin's edit of an account's name and email (the email is also the sign-in name). */
export const editUserSchema = z.object({ userId: idSchema, name: nameSchema, email: emailSchema });

export type CreateUserInput = z.infer<typeof createUserSchema>;

/** Who may create an account on /sign-up (docs/decisions/sign-up-policy.md). */
export const SIGN_UP_POLICIES = ["open", "invite-only", "closed"] as const;
export type SignUpPolicy = (typeof SIGN_UP_POLICIES)[number];
export const DEFAULT_SIGN_UP_POLICY: SignUpPolicy = "open";
export const SIGN_UP_POLICY_LABELS: Record<SignUpPolicy, { title: string; description: string }> = {
  // Titles unlike the blind-review modes' on the same page ("Open" is one of those).
  open: { title: "Anyone can sign up", description: "Anyone may create a candidate account to practise (practice banks only)." },
  "invite-only": { title: "Invitation only", description: "Sign-up needs a single-use link made below; each works once." },
  closed: { title: "Nobody can sign up", description: "Admins create every account." },
};
export const signUpPolicySchema = z.object({ policy: z.enum(SIGN_UP_POLICIES, { message: "Choose a sign-up policy" }) });

export const INVITATION_DAYS = [1, 7, 30] as const;
export const createInvitationSchema = z.object({
  note: z.string().trim().max(200, "Use at most 200 characters").default(""),
  days: z.coerce
    .number({ message: "Choose how long the link works" })
    .refine((days) => (INVITATION_DAYS as readonly number[]).includes(days), "Choose 1, 7 or 30 days"),
});
export const revokeInvitationSchema = z.object({ invitationId: idSchema });
