import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-xl border border-line bg-surface p-6 shadow-sm sm:p-8">
        <p className="mb-6 text-center text-lg font-semibold tracking-tight">Probe</p>
        {children}
      </div>
    </main>
  );
}
