"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signInSchema } from "@/lib/credentials";
import { fieldErrorsOf } from "@/lib/field-errors";
import { audit } from "@/server/audit";
import { signIn, signOut } from "@/server/auth";
import { db } from "@/server/db";
import { hashPassword } from "@/server/passwords";
import { THROTTLE } from "@/server/sign-in-throttle";
import { safeCallbackUrl, signUpSchema } from "./schemas";

export type AuthFormState = { message?: string; fieldErrors?: Record<string, string[]>; email?: string; name?: string };

export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), email: String(formData.get("email") ?? "") };
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallbackUrl(callbackUrl) ?? "/" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const locked = error instanceof CredentialsSignin && error.code === "locked";
      return {
        email,
        message: locked
          ? `Too many failed sign-ins for this email. Try again in ${THROTTLE.lockMinutes} minutes.`
          : "That email and password do not match an active account.",
      };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  const echo = { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? "") };
  if (!parsed.success) return { ...echo, fieldErrors: fieldErrorsOf(parsed.error) };
  const { name, email, password } = parsed.data;
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { ...echo, fieldErrors: { email: ["An account with this email already exists; sign in instead"] } };
  const user = await db.user.create({ data: { name, email, role: "CANDIDATE", passwordHash: await hashPassword(password) } });
  await audit({ actorId: user.id, action: "auth.sign-up", targetType: "user", targetId: user.id });
  await signIn("credentials", { email, password, redirectTo: "/practice" });
  return {};
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
