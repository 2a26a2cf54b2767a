import type { ReactNode } from "react";
import "./print.css";

// Print-ready pages: no app shell and no navigation, only the document. Each page authorizes itself.
export default function PrintLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-4xl bg-surface px-6 py-8 print:max-w-none print:p-0">
      {children}
    </main>
  );
}
