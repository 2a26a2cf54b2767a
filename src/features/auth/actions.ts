"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { signInSchema } from "@/lib/credentials";
import { fieldErrorsOf } from "@/lib/field-errors";
import { safeCallbackUrl } from "@/lib/redirects";
import { signIn, signOut } from "@/server/auth";
import { clientAddress } from "@/server/client-address";
import { runAction } from "@/server/errors";
import { requestPasswordReset, resetPassword } from "@/features/account/password-reset";
import { actionOrigin } from "@/features/mail/origin";
import { EMAIL_VERIFIED, verifyEmail } from "@/features/account/email-verification";
import { acceptWelcome } from "@/features/account/welcome-link";
import { signUp } from "./sign-up";

export type AuthFormState = {
  message?: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
  name?: string;
  /** Sign-up went through (or the email already had an account: the same answer): sign in next. */
  signedUp?: { notice: string };
  /** A reset was asked for, or a new password set: the notice to show instead of the form. */
  done?: string;
};

const MISMATCH = "That email and password do not match an active account.";
const UNVERIFIED = "Confirm your email first: follow the link in the mail we sent when you signed up. No mail, or the link expired? Use “Forgot password”: its link confirms the address too.";

export async function signInAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), email: String(formData.get("email") ?? "") };
  const { email, password, callbackUrl } = parsed.data;
  try {
    // A callback URL that is not a path on this origin is dropped: "/" sends the user to their role's home.
    await signIn("credentials", { email, password, redirectTo: safeCallbackUrl(callbackUrl) ?? "/" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) return { email, message: error instanceof CredentialsSignin ? refusalMessage(error.code) : MISMATCH };
    throw error; // the redirect after a successful sign-in
  }
}

/** The code src/server/auth.ts gives a refusal: "invalid", or "locked:<account|client>:<minutes>". */
function refusalMessage(code: string): string {
  const [kind, scope, minutes] = code.split(":");
  if (kind === "unverified") return UNVERIFIED;
  if (kind !== "locked") return MISMATCH;
  const wait = `Try again in ${minutes} minute${minutes === "1" ? "" : "s"}.`;
  return scope === "client" ? `Too many failed sign-ins from your network. ${wait}` : `Too many failed sign-ins for this email. ${wait}`;
}

export async function signUpAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const echo = { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? "") };
  const address = clientAddress(await headers());
  const origin = await actionOrigin();
  const result = await runAction(() => signUp(Object.fromEntries(formData), { address }, origin));
  if (!result.ok) {
    const { fieldErrors, message } = result.error;
    return { ...echo, fieldErrors, message: fieldErrors ? undefined : message };
  }
  return { email: echo.email.trim().toLowerCase(), signedUp: { notice: result.data.message } };
}

/** The verification link's page: "Confirm my email" posts here (a mail scanner's GET confirms nothing). */
export async function verifyEmailAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const result = await runAction(() => verifyEmail({ token: String(formData.get("token") ?? "") }));
  if (!result.ok) return { message: result.error.message };
  return { email: result.data.email, done: EMAIL_VERIFIED };
}

/**
 * An admin-created account's welcome link: sets the first password, then signs the person in with
 * it, so they land on their home page.
 */
export async function acceptWelcomeAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const password = String(formData.get("password") ?? "");
  const result = await runAction(() => acceptWelcome({ token: String(formData.get("token") ?? ""), password }));
  if (!result.ok) return { fieldErrors: result.error.fieldErrors, message: result.error.fieldErrors ? undefined : result.error.message };
  try {
    await signIn("credentials", { email: result.data.email, password, redirectTo: "/" });
    return {};
  } catch (error) {
    // Signed in: the redirect. A refusal (a throttled network) leaves the password set: sign in by hand.
    if (error instanceof AuthError) return { done: "Your password is set. Sign in with it." };
    throw error;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

/** "Forgot password": the same answer whether or not the email has an account. */
export async function forgotPasswordAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const email = String(formData.get("email") ?? "");
  const requestHeaders = await headers();
  const origin = await actionOrigin();
  const result = await runAction(() => requestPasswordReset({ email }, { address: clientAddress(requestHeaders) }, origin));
  if (!result.ok) return { email, fieldErrors: result.error.fieldErrors, message: result.error.fieldErrors ? undefined : result.error.message };
  return { done: result.data.message };
}

export async function resetPasswordAction(_previous: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const result = await runAction(() => resetPassword({ token: String(formData.get("token") ?? ""), password: String(formData.get("password") ?? "") }));
  if (!result.ok) return { fieldErrors: result.error.fieldErrors, message: result.error.fieldErrors ? undefined : result.error.message };
  return { done: "Your password is set. Sign in with it." };
}
