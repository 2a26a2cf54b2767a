"use client";

import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/states";

// A failure inside the question bank keeps the app's navigation around it.
export default function QuestionsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4">
      <Alert>
        The question bank could not be loaded.
        {error.digest ? <> Reference <code className="font-mono">{error.digest}</code>.</> : null}
      </Alert>
      <Button variant="secondary" onClick={reset}>Try again</Button>
    </div>
  );
}
