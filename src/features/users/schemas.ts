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
  // Empty means "invite": a one-time password is generated and shown to the admin once.
  password: z.union([z.literal(""), newPasswordSchema]).default(""),
});

export const changeRoleSchema = z.object({ userId: idSchema, role: roleSchema });
export const setActiveSchema = z.object({ userId: idSchema, active: z.enum(["true", "false"]).transform((v) => v === "true") });

/** The admin's edit of an account's name and email (the email is also the sign-in name). */
export const editUserSchema = z.object({ userId: idSchema, name: nameSchema, email: emailSchema });

export type CreateUserInput = z.infer<typeof createUserSchema>;
