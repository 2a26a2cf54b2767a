import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/credentials";
import { idSchema } from "@/lib/ids";
import { ROLES } from "@/lib/policy";

export const roleSchema = z.enum(ROLES, { message: "Choose a role" });

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
  email: emailSchema,
  role: roleSchema,
  // Empty means "invite": a one-time password is generated and shown to the admin once.
  password: z.union([z.literal(""), newPasswordSchema]).default(""),
});

export const changeRoleSchema = z.object({ userId: idSchema, role: roleSchema });
export const setActiveSchema = z.object({ userId: idSchema, active: z.enum(["true", "false"]).transform((v) => v === "true") });

export type CreateUserInput = z.infer<typeof createUserSchema>;
