"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import { LEVEL_LABELS, levelOptions } from "@/lib/levels";
import { searchQuestionsAction } from "../actions";
import type { PickerBank, PickerQuestion } from "../types";

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Search and filter the bank, and add questions one by one. */
export function QuestionPicker({ banks, pickedIds, onAdd }: { banks: PickerBank[]; pickedIds: Set<string>; onAdd: (question: PickerQuestion) => void }) {
  const id = useId();
  const [q, setQ] = useState("");
  const [level, setLevel] = useState("");
  const [bankId, setBankId] = useState("");
  const search = useDebounced(q, 250);
  const results = useQuery({
    queryKey: ["bank-search", search, level, bankId],
    queryFn: async () => {
      const result = await searchQuestionsAction({ q: search, level: level || undefined, bankId: bankId || undefined });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    placeholderData: (previous) => previous,
  });

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-line bg-surface p-4">
      <h2 id={`${id}-title`} className="mb-3 font-semibold">Add questions from the bank</h2>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
        <InputField id={`${id}-q`} label="Search the bank" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Title, prompt or answer text" />
        <SelectField id={`${id}-level`} label="Level" value={level} onChange={(e) => setLevel(e.target.value)} empty="All levels" options={levelOptions()} />
        <SelectField id={`${id}-bank`} label="Bank" value={bankId} onChange={(e) => setBankId(e.target.value)} empty="All banks" options={banks.map((b) => [b.id, b.name])} />
      </div>
      <div className="mt-3" aria-live="polite">
        {results.isPending ? <Spinner label="Searching" /> : null}
        {results.isError ? <p className="text-sm text-danger">{results.error.message}</p> : null}
        {results.data && results.data.length === 0 ? <p className="text-sm text-muted">No questions match.</p> : null}
      </div>
      {results.data?.length ? (
        <ul className="mt-2 max-h-96 divide-y divide-line overflow-y-auto" data-testid="picker-results">
          {results.data.map((question) => {
            const picked = pickedIds.has(question.id);
            return (
              <li key={question.id} className="flex items-center justify-between gap-3 py-2 text-sm">
                <span className="min-w-0">
                  <span className="block truncate font-medium">{question.title}</span>
                  <span className="text-xs text-muted">{LEVEL_LABELS[question.level as keyof typeof LEVEL_LABELS] ?? question.level} · {question.bankName} #{question.number}</span>
                </span>
                <Button variant="secondary" className="min-h-8 shrink-0 px-3" disabled={picked} onClick={() => onAdd(question)} aria-label={picked ? `${question.title} is added` : `Add ${question.title}`}>
                  {picked ? "Added" : "Add"}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
