export default function InactiveMockLink() {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">This mock interview link does not work</h1>
      <p className="text-muted">It may have expired: a link works until a day after the mock ends.</p>
    </div>
  );
}
