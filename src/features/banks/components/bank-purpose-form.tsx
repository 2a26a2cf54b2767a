"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { setBankPurposeAction } from "../actions";
import { PURPOSE_LABELS, toBankPurpose, toPurposeWord, PURPOSE_WORDS, type BankPurpose, type PurposeWord } from "../purpose";

/** The bank page's choice of purpose. Switching says what it will do before it is saved. */
export function BankPurposeForm({ bankId, bankName, purpose, questionCount }: { bankId: string; bankName: string; purpose: BankPurpose; questionCount: number }) {
  const id = useId();
  const { run, pending, error } = useAction();
  const [choice, setChoice] = useState<PurposeWord>(toPurposeWord(purpose));
  const [saved, setSaved] = useState(false);
  const changing = toBankPurpose(choice) !== purpose;

  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        run(setBankPurposeAction, { bankId, purpose: choice }, () => setSaved(true));
      }}
    >
      <div className="space-y-1">
        {/* "Purpose" on screen, beside the bank's heading; the bank's name for screen readers, where the form stands alone. */}
        <label htmlFor={`${id}-purpose`} className="block text-sm font-medium">
          Purpose<span className="sr-only"> of {bankName}</span>
        </label>
        <Select
          id={`${id}-purpose`}
          className="w-48"
          value={choice}
          invalid={!!error?.fieldErrors?.purpose}
          onChange={(event) => {
            setChoice(event.target.value as PurposeWord);
            setSaved(false);
          }}
          options={PURPOSE_WORDS.map((word) => [word, PURPOSE_LABELS[toBankPurpose(word)].title])}
        />
        {error?.fieldErrors?.purpose ? <p id={`${id}-purpose-error`} role="alert" className="text-sm text-danger">{error.fieldErrors.purpose.join(" ")}</p> : null}
      </div>
      {changing ? (
        <>
          <p className="max-w-prose basis-full text-sm text-warn" role="status">
            {choice === "practice"
              ? `Every candidate account will be able to practise ${questionCount === 1 ? "this question" : `these ${questionCount} questions`} and read the model answers, wrong answers and probes.`
              : "Candidates will no longer see this bank. Their practice on it is hidden from them, not deleted."}
          </p>
          <Button type="submit" disabled={pending}>{pending ? "Saving…" : choice === "practice" ? "Make it a practice bank" : "Make it an interview bank"}</Button>
        </>
      ) : null}
      {saved && !changing ? <span className="text-sm text-ok" role="status">Saved: {PURPOSE_LABELS[purpose].title.toLowerCase()} bank.</span> : null}
      {error && !error.fieldErrors?.purpose ? <div className="basis-full"><Alert>{error.message}</Alert></div> : null}
    </form>
  );
}

/** A marker for readers who may not change the purpose (hiring managers). */
export function BankPurposeBadge({ purpose }: { purpose: BankPurpose }) {
  return (
    <span className="inline-flex items-center rounded border border-line px-1.5 py-0.5 text-xs" title={PURPOSE_LABELS[purpose].description}>
      {PURPOSE_LABELS[purpose].title} bank
    </span>
  );
}
