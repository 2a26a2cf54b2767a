import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/states";
import { listKits } from "@/features/kits/queries";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Kits" };

export default async function KitsPage() {
  const user = await requirePageUser("kits:manage", "/kits");
  const kits = await listKits(user);
  return (
    <>
      <PageHeader title="Interview kits">
        <Link href="/kits/new" className={buttonClass("primary")}>New kit</Link>
      </PageHeader>
      {kits.length === 0 ? (
        <EmptyState title="No kits yet">
          A kit is a named, ordered list of questions with a time budget for each. <Link href="/kits/new" className="text-accent underline">Create the first one</Link>.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {kits.map((kit) => (
            <li key={kit.id} className="rounded-lg border border-line bg-surface p-5">
              <h2 className="font-semibold">
                <Link href={`/kits/${kit.id}`} className="hover:underline">{kit.name}</Link>
              </h2>
              {kit.description ? <p className="mt-1 line-clamp-2 text-sm text-muted">{kit.description}</p> : null}
              <p className="mt-3 text-sm">
                {kit.questionCount} {kit.questionCount === 1 ? "question" : "questions"} · {kit.totalMinutes} min
              </p>
              <p className="text-xs text-muted">By {kit.createdBy}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
