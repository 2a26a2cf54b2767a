import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-medium text-muted">404</p>
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="text-muted">The link may be old, or the page may have been removed.</p>
      <Link href="/" className={buttonClass("secondary")}>Go to Probe</Link>
    </main>
  );
}
