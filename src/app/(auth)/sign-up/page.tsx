import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/features/auth/components/sign-up-form";
import { homeFor } from "@/lib/policy";
import { currentUser } from "@/server/auth";

export const metadata: Metadata = { title: "Create a practice account" };

export default async function SignUpPage() {
  const user = await currentUser();
  if (user) redirect(homeFor(user.role));
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create a practice account</h1>
      <p className="mb-4 text-sm text-muted">Practise interview questions on your own, at your pace.</p>
      <SignUpForm />
    </>
  );
}
