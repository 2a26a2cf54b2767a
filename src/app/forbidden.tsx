import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-medium text-muted">403</p>
      <h1 className="text-2xl font-semibold">You do not have access to this page</h1>
      <p className="text-muted">Your role does not include it. Ask an admin if you think it should.</p>
      <Link href="/" className={buttonClass("secondary")}>Back to your start page</Link>
    </main>
  );
}
