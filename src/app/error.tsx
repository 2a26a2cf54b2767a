"use client";

import { Button } from "@/components/ui/button";

// Shown when a page throws. The digest identifies the error in the server log without showing it.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted">
        Nothing you saved is lost. Try again; if it keeps happening, tell an admin
        {error.digest ? <> the reference <code className="font-mono">{error.digest}</code></> : null}.
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
