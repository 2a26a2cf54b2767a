"use client";

import Link from "next/link";
import { useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { LEVEL_LABELS, LEVELS, toLevelWord } from "@/lib/levels";

export type FilterValues = { q?: string; level?: string; bank?: string; tag?: string };

/**
 * A plain GET form, so filtering works before JavaScript loads and every result page has a URL to
 * share; with JavaScript, changing a select applies it straight away.
 */
export function QuestionFilters({ values, banks, tags }: { values: FilterValues; banks: Array<{ id: string; name: string }>; tags: string[] }) {
  const form = useRef<HTMLFormElement>(null);
  const apply = () => form.current?.requestSubmit();
  const active = Boolean(values.q || values.level || values.bank || values.tag);
  return (
    <form ref={form} role="search" action="/questions" method="get" className="mb-6 grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[2fr_1fr_1fr_1fr_auto]">
      <div>
        <label htmlFor="filter-q" className="sr-only">Search questions</label>
        <Input id="filter-q" name="q" type="search" defaultValue={values.q} placeholder="Search titles, prompts, answers…" maxLength={200} />
      </div>
      <div>
        <label htmlFor="filter-level" className="sr-only">Level</label>
        <Select id="filter-level" name="level" defaultValue={values.level ?? ""} onChange={apply}>
          <option value="">All levels</option>
          {LEVELS.map((level) => <option key={level} value={toLevelWord(level)}>{LEVEL_LABELS[level]}</option>)}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-bank" className="sr-only">Bank</label>
        <Select id="filter-bank" name="bank" defaultValue={values.bank ?? ""} onChange={apply}>
          <option value="">All banks</option>
          {banks.map((bank) => <option key={bank.id} value={bank.id}>{bank.name}</option>)}
        </Select>
      </div>
      <div>
        <label htmlFor="filter-tag" className="sr-only">Tag</label>
        <Select id="filter-tag" name="tag" defaultValue={values.tag ?? ""} onChange={apply}>
          <option value="">All tags</option>
          {tags.map((tag) => <option key={tag} value={tag}>#{tag}</option>)}
        </Select>
      </div>
      <div className="flex gap-2">
        <Button type="submit" className="flex-1 sm:flex-none">Search</Button>
        {active ? <Link href="/questions" className={buttonClass("ghost")}>Clear</Link> : null}
      </div>
    </form>
  );
}
