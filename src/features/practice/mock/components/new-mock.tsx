"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { Level } from "@/lib/levels";
import { LevelCheckboxes } from "../../components/level-checkboxes";
import { useAction } from "@/lib/use-action";
import { createMockAction } from "../../actions";
import { MAX_MOCK_QUESTIONS } from "../schemas";

type Bank = { id: string; name: string; questionCount: number };

/** Picks practice questions and shows the friend's link once (only its hash is kept on the server). */
export function NewMock({ banks }: { banks: Bank[] }) {
  const { run, pending, error } = useAction();
  const [made, setMade] = useState<{ id: string; link: string } | null>(null);
  const fe = error?.fieldErrors;

  if (made) {
    return (
      <section aria-labelledby="mock-link-heading" className="space-y-3 rounded-lg border border-accent bg-surface p-5">
        <h2 id="mock-link-heading" className="font-semibold">Send this link to your friend</h2>
        <p className="text-sm text-muted">
          It opens the interviewer&apos;s side of this mock: the model answers, the wrong answers to listen for, the follow-ups, ratings and notes.
          It is shown only now, and works until a day after your friend ends the mock.
        </p>
        <input readOnly aria-label="Friend's link" value={made.link} className="w-full rounded-md border border-line bg-canvas px-3 py-2 font-mono text-sm" data-testid="friend-link" />
        <Link href={`/practice/mocks/${made.id}`} className={buttonClass("primary")}>Open your side</Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="new-mock-heading" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="new-mock-heading" className="font-semibold">New mock interview</h2>
      {error && !fe ? <div className="mt-3"><Alert>{error.message}</Alert></div> : null}
      {banks.length === 0 ? (
        <p className="mt-2 text-sm text-muted">There are no practice banks yet.</p>
      ) : (
        <form
          className="mt-4 grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const input = { mode: "pick" as const, bankId: String(form.get("bankId") ?? ""), levels: form.getAll("levels").map(String) as Level[], count: String(form.get("count") ?? "") };
            run(createMockAction, input, ({ id, friendToken }) => setMade({ id, link: new URL(`/mock/${friendToken}`, window.location.origin).toString() }));
          }}
        >
          <SelectField id="mock-bank" name="bankId" label="Bank" errors={fe?.bankId} defaultValue={banks[0]?.id} options={banks.map((bank) => [bank.id, bank.name])} />
          <LevelCheckboxes idPrefix="mock" errors={fe?.levels} />
          <InputField id="mock-count" name="count" label="How many questions" errors={fe?.count} type="number" inputMode="numeric" min={1} max={MAX_MOCK_QUESTIONS} defaultValue={3} className="max-w-32" />
          <div>
            <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create mock interview"}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
