// What an email and a password must look like, for sign-in (src/server/auth.ts), sign-up, the
// admin's user form and a password change. Isomorphic: the forms check with the same rules.
import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email")
  .max(254, "That email is too long")
  .email("Enter a valid email address");

// A handful of the passwords attackers try first; the length rule catches most of the rest.
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password123", "12345678", "123456789", "1234567890", "qwertyuiop",
  "qwerty123", "iloveyou", "11111111", "00000000", "abc12345", "letmein1", "welcome1", "admin123",
  "passw0rd", "football", "baseball", "sunshine", "princess", "trustno1", "changeme",
]);

export const newPasswordSchema = z
  .string()
  .min(8, "Use at least 8 characters")
  .max(200, "Use at most 200 characters")
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), "That password is too common; choose another");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(200, "That password is too long"),
  callbackUrl: z.string().optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
