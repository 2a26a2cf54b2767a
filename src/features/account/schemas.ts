import { z } from "zod";
import { newPasswordSchema } from "@/lib/credentials";
import { idSchema } from "@/lib/ids";
import { timeZoneSchema } from "@/lib/time-zone-schema";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ" })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one" });

export const revokeSessionSchema = z.object({ sessionId: idSchema });

/** The Account page's choice, and the zone the browser reports on a first visit. */
export const timeZoneInputSchema = z.object({ timeZone: timeZoneSchema });
