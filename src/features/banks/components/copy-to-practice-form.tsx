"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { fieldErrorsOf } from "@/lib/field-errors";
import { LEVEL_LABELS, LEVELS } from "@/lib/levels";
import { useAction } from "@/lib/use-action";
import { copyToPracticeAction } from "../actions";
import { copyToPracticeSchema } from "../schemas";
import type { CopyResult, CopySource } from "../types";

const NEW_BANK = "new";

/** Choose questions of an interview bank, and the practice bank (existing or new) that gets copies of them. */
export function CopyToPracticeForm({ source }: { source: CopySource }) {
  const id = useId();
  const { run, pending, error, setError } = useAction();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState(source.practiceBanks[0]?.id ?? NEW_BANK);
  const [newBankName, setNewBankName] = useState("");
  const [done, setDone] = useState<CopyResult | null>(null);

  const toggle = (ids: string[], on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      for (const questionId of ids) {
        if (on) next.add(questionId);
        else next.delete(questionId);
      }
      return next;
    });

  function submit() {
    const payload = {
      sourceBankId: source.bank.id,
      questionIds: source.questions.filter((q) => chosen.has(q.id)).map((q) => q.id),
      targetBankId: target === NEW_BANK ? "" : target,
      newBankName: target === NEW_BANK ? newBankName : "",
    };
    // The server validates with the same schema; checking here first answers without a round trip.
    const check = copyToPracticeSchema.safeParse(payload);
    if (!check.success) {
      setError({ code: "VALIDATION", message: "Some fields need attention", fieldErrors: fieldErrorsOf(check.error) });
      return;
    }
    run(copyToPracticeAction, payload, (result) => {
      setDone(result);
      setChosen(new Set());
    });
  }

  const fe = error?.fieldErrors;
  return (
    <form
      noValidate
      aria-busy={pending}
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {done ? (
        <Alert tone="ok">
          Copied {done.copied} {done.copied === 1 ? "question" : "questions"} into “{done.bankName}”
          {done.alreadyThere ? ` (${done.alreadyThere} already had a copy there)` : ""}.{" "}
          <Link className="underline" href={`/questions?bank=${encodeURIComponent(done.bankId)}`}>See the practice bank</Link>
        </Alert>
      ) : null}
      {error && !fe?.questionIds && !fe?.targetBankId && !fe?.newBankName ? <Alert>{error.message}</Alert> : null}

      <fieldset className="space-y-4">
        <legend className="font-semibold">Questions to copy</legend>
        {fe?.questionIds ? <p className="text-sm text-danger" role="alert">{fe.questionIds.join(" ")}</p> : null}
        {LEVELS.map((level) => {
          const inLevel = source.questions.filter((q) => q.level === level);
          if (!inLevel.length) return null;
          const all = inLevel.every((q) => chosen.has(q.id));
          return (
            <div key={level} className="rounded-lg border border-line bg-surface p-4">
              <label className="flex items-center gap-2 text-sm font-medium">
                <input type="checkbox" checked={all} onChange={(e) => toggle(inLevel.map((q) => q.id), e.target.checked)} />
                All {LEVEL_LABELS[level].toLowerCase()} questions ({inLevel.length})
              </label>
              <ul className="mt-2 space-y-1 pl-6">
                {inLevel.map((q) => (
                  <li key={q.id}>
                    <label className="flex items-start gap-2 text-sm">
                      <input type="checkbox" className="mt-1" checked={chosen.has(q.id)} onChange={(e) => toggle([q.id], e.target.checked)} />
                      <span>
                        <span className="text-muted">Q{q.number}.</span> {q.title}
                        {q.copies ? <span className="ml-2 text-xs text-muted">({q.copies === 1 ? "1 practice copy" : `${q.copies} practice copies`} already)</span> : null}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Into</legend>
        <SelectField
          id={`${id}-target`}
          label="Practice bank"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          options={[...source.practiceBanks.map((b) => [b.id, b.name] as const), [NEW_BANK, "A new practice bank…"] as const]}
          errors={fe?.targetBankId}
        />
        {target === NEW_BANK ? (
          <InputField id={`${id}-new-bank`} label="Name of the new practice bank" value={newBankName} onChange={(e) => setNewBankName(e.target.value)} errors={fe?.newBankName} />
        ) : null}
      </fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? "Copying…" : chosen.size === 1 ? "Copy 1 question" : `Copy ${chosen.size} questions`}
      </Button>
    </form>
  );
}
