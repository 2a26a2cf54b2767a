export default function InactiveLink() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">This interview link is no longer active</h1>
      <p className="text-muted">The interview may have ended, or your interviewer may have sent you a new link.</p>
    </main>
  );
}
