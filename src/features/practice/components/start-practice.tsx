"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/lib/use-action";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import type { Level } from "@/lib/levels";
import { LevelCheckboxes } from "./level-checkboxes";
import { startRunAction } from "../actions";
import type { StartRunInput } from "../schemas";

type Bank = { id: string; name: string; questionCount: number };

export function StartPractice({ banks, dueCount }: { banks: Bank[]; dueCount: number }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const start = (input: StartRunInput) => run(startRunAction, input, ({ runId }) => router.push(`/practice/run/${runId}`));

  const fe = error?.fieldErrors;
  return (
    <div className="space-y-6">
      <section aria-labelledby="due-heading" className="rounded-lg border border-line bg-surface p-5">
        <h2 id="due-heading" className="font-semibold">Due today</h2>
        <p className="mt-1 text-sm text-muted">
          {dueCount === 0 ? "Nothing is due. Questions come back here when it is time to practise them again." : `${dueCount} question${dueCount === 1 ? " is" : "s are"} ready to come back.`}
        </p>
        <Button className="mt-4" disabled={pending || dueCount === 0} onClick={() => start({ mode: "due" })}>
          Due today ({dueCount})
        </Button>
      </section>

      <section aria-labelledby="pick-heading" className="rounded-lg border border-line bg-surface p-5">
        <h2 id="pick-heading" className="font-semibold">Choose questions</h2>
        {error && !fe ? <div className="mt-3"><Alert>{error.message}</Alert></div> : null}
        {banks.length === 0 ? (
          <p className="mt-2 text-sm text-muted">There are no question banks yet. Ask an interviewer to add one.</p>
        ) : (
          <form
            className="mt-4 grid gap-4"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              start({
                mode: "pick",
                bankId: String(form.get("bankId") ?? ""),
                levels: form.getAll("levels").map(String) as Level[],
                count: String(form.get("count") ?? ""),
                includeToday: form.get("includeToday") === "on",
              });
            }}
          >
            <SelectField
              id="practice-bank"
              name="bankId"
              label="Bank"
              errors={fe?.bankId}
              defaultValue={banks[0]?.id}
              options={banks.map((bank) => [bank.id, `${bank.name} (${bank.questionCount} question${bank.questionCount === 1 ? "" : "s"})`])}
            />
            <LevelCheckboxes idPrefix="practice" errors={fe?.levels} />
            <InputField id="practice-count" name="count" label="How many questions" errors={fe?.count} type="number" inputMode="numeric" min={1} max={50} defaultValue={5} className="max-w-32" />
            <div>
              <label className="flex min-h-10 items-center gap-2 text-sm">
                <input type="checkbox" name="includeToday" className="size-4 accent-accent" aria-describedby={fe?.includeToday ? "practice-today-error" : undefined} />
                Include questions I already practised today
              </label>
              {fe?.includeToday ? <p id="practice-today-error" role="alert" className="text-sm text-danger">{fe.includeToday.join(" ")}</p> : null}
            </div>
            <div>
              <Button type="submit" disabled={pending}>{pending ? "Starting…" : "Start practice"}</Button>
            </div>
          </form>
        )}
      </section>
    </div>
  );
}
