"use client";

// Replaces the root layout when it fails, so it carries its own html and body.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem", textAlign: "center" }}>
        <h1>Something went wrong</h1>
        <p>Probe could not load this page. Nothing you saved is lost.</p>
        <button type="button" onClick={reset}>Try again</button>
      </body>
    </html>
  );
}
