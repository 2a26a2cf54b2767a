"use client";

import Link from "next/link";
import { useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Input, Select, type Option } from "@/components/ui/field";
import { levelOptions, toLevelWord } from "@/lib/levels";

export type FilterValues = { q?: string; level?: string; bank?: string; tag?: string; show?: string };

/**
 * A plain GET form, so filtering works before JavaScript loads and every result page has a URL to
 * share; with JavaScript, changing a select applies it straight away.
 */
export function QuestionFilters({ values, banks, tags }: { values: FilterValues; banks: Array<{ id: string; name: string }>; tags: string[] }) {
  const form = useRef<HTMLFormElement>(null);
  const apply = () => form.current?.requestSubmit();
  const active = Boolean(values.q || values.level || values.bank || values.tag || values.show);
  const selects: Array<{ name: "level" | "bank" | "tag" | "show"; label: string; empty: string; options: Option[] }> = [
    { name: "level", label: "Level", empty: "All levels", options: levelOptions(toLevelWord) },
    { name: "bank", label: "Bank", empty: "All banks", options: banks.map((bank) => [bank.id, bank.name]) },
    { name: "tag", label: "Tag", empty: "All tags", options: tags.map((tag) => [tag, `#${tag}`]) },
    { name: "show", label: "Live or archived", empty: "Live questions", options: [["archived", "Archived questions"]] },
  ];
  return (
    <form ref={form} role="search" action="/questions" method="get" className="mb-6 grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]">
      <div>
        <label htmlFor="filter-q" className="sr-only">Search questions</label>
        <Input id="filter-q" name="q" type="search" defaultValue={values.q} placeholder="Search titles, prompts, answers…" maxLength={200} />
      </div>
      {selects.map(({ name, label, empty, options }) => (
        <div key={name}>
          <label htmlFor={`filter-${name}`} className="sr-only">{label}</label>
          <Select id={`filter-${name}`} name={name} defaultValue={values[name] ?? ""} onChange={apply} empty={empty} options={options} />
        </div>
      ))}
      <div className="flex gap-2">
        <Button type="submit" className="flex-1 sm:flex-none">Search</Button>
        {active ? <Link href="/questions" className={buttonClass("ghost")}>Clear</Link> : null}
      </div>
    </form>
  );
}
