"use client";

import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { LEVEL_LABELS } from "@/lib/levels";
import type { KitItemView } from "../types";

/** The chosen questions in order, each with its time budget; reorder with Up/Down (keyboard friendly). */
export function PickedList({
  items,
  onChange,
  errors,
}: {
  items: KitItemView[];
  onChange: (items: KitItemView[]) => void;
  errors?: Record<string, string[] | undefined>;
}) {
  const move = (from: number, to: number) => {
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  const totalMinutes = items.reduce((sum, item) => sum + (Number(item.budgetMinutes) || 0), 0);
  if (items.length === 0) {
    return <p className="rounded-lg border border-dashed border-line p-6 text-center text-sm text-muted">No questions yet. Add some from the bank below.</p>;
  }
  return (
    <div>
      <ol className="divide-y divide-line rounded-lg border border-line bg-surface" data-testid="picked-list">
        {items.map((item, index) => {
          const budgetId = `budget-${item.id}`;
          const budgetErrors = errors?.[`items.${index}.budgetMinutes`] ?? errors?.[`budgets.${index}`];
          return (
            <li key={item.id} className="flex flex-wrap items-center gap-3 p-3 text-sm" data-testid="picked-item">
              <span className="w-6 text-right font-mono text-muted">{index + 1}.</span>
              <span className="min-w-0 flex-1">
                <span className="block font-medium">{item.title}</span>
                <span className="text-xs text-muted">{LEVEL_LABELS[item.level as keyof typeof LEVEL_LABELS] ?? item.level} · {item.bankName} #{item.number}</span>
                {errors?.[`items.${index}.questionId`] ? <span className="block text-danger">{errors[`items.${index}.questionId`]!.join(" ")}</span> : null}
              </span>
              <span className="flex items-center gap-2">
                <label htmlFor={budgetId} className="text-xs text-muted">Minutes</label>
                <Input
                  id={budgetId}
                  type="number"
                  min={1}
                  max={120}
                  className="w-20"
                  value={item.budgetMinutes}
                  invalid={!!budgetErrors}
                  aria-label={`Minutes for ${item.title}`}
                  onChange={(e) => onChange(items.map((it, i) => (i === index ? { ...it, budgetMinutes: e.target.valueAsNumber || 0 } : it)))}
                />
              </span>
              <span className="flex gap-1">
                <Button variant="ghost" className="min-h-8 px-2" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={`Move ${item.title} up`}>↑</Button>
                <Button variant="ghost" className="min-h-8 px-2" disabled={index === items.length - 1} onClick={() => move(index, index + 1)} aria-label={`Move ${item.title} down`}>↓</Button>
                <Button variant="ghost" className="min-h-8 px-2 text-danger" onClick={() => onChange(items.filter((_, i) => i !== index))} aria-label={`Remove ${item.title}`}>✕</Button>
              </span>
              {budgetErrors ? <p className="w-full pl-9 text-danger">{budgetErrors.join(" ")}</p> : null}
            </li>
          );
        })}
      </ol>
      <p className="mt-2 text-sm text-muted" data-testid="total-time">{items.length} {items.length === 1 ? "question" : "questions"} · {totalMinutes} minutes in total</p>
    </div>
  );
}
