import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { getSignUpPolicy } from "@/features/users/sign-up-policy";
import { homeFor } from "@/lib/policy";
import { safeCallbackUrl } from "@/lib/redirects";
import { currentUser } from "@/server/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const user = await currentUser();
  if (user) redirect(homeFor(user.role));
  const [{ callbackUrl }, policy] = await Promise.all([searchParams, getSignUpPolicy()]);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {/* Anything but a path on this origin is dropped here; the action checks again. */}
      <SignInForm callbackUrl={safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined)} signUpLink={policy === "open"} />
    </>
  );
}
