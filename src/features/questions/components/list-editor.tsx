"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/app-error";

export type Keyed<T> = T & { key: string };
type FieldSpec<T> = { name: keyof T & string; label: string; rows?: number; hint?: string };

/** What a list is: its legend, its items' fields, and the words and error keys for them. */
export type ListSpec<T> = {
  legend: string;
  /** "wrong answer", "probe", … — used in button labels read by screen readers. */
  noun: string;
  /** The list's key in field errors: "wrongAnswers" for "wrongAnswers.0.why". */
  path: string;
  /** Every field of an item: a new item has each of them empty. */
  fields: Array<FieldSpec<T>>;
};

type Props<T extends Record<string, string>> = ListSpec<T> & {
  items: Array<Keyed<T>>;
  errors?: FieldErrors;
  onChange: (items: Array<Keyed<T>>) => void;
};

let counter = 0;
export const withKey = <T,>(item: T): Keyed<T> => ({ ...item, key: `item-${++counter}` });

/**
 * An ordered list of small forms with add, remove and move up/down — all buttons, so the order
 * can be changed from the keyboard. After a move, focus follows the item that moved.
 */
export function ListEditor<T extends Record<string, string>>({ legend, noun, path, items, fields, errors, onChange }: Props<T>) {
  const focusAfter = useRef<string | null>(null);
  const container = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    if (!focusAfter.current) return;
    const target = container.current?.querySelector<HTMLElement>(`[data-focus="${focusAfter.current}"]:not(:disabled)`)
      ?? container.current?.querySelector<HTMLElement>(`[data-focus^="${focusAfter.current.split(":")[0]}:"]:not(:disabled)`);
    target?.focus();
    focusAfter.current = null;
  });

  const move = (index: number, by: -1 | 1, button: "up" | "down") => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    focusAfter.current = `${item!.key}:${button}`;
    onChange(next);
  };
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusAfter.current = neighbour ? `${neighbour.key}:remove` : `${path}:add`;
    onChange(next);
  };
  const add = () => {
    const item = withKey(Object.fromEntries(fields.map((field) => [field.name, ""])) as T);
    focusAfter.current = `${item.key}:first`;
    onChange([...items, item]);
  };
  const update = (index: number, name: keyof T, value: string) => onChange(items.map((item, i) => (i === index ? { ...item, [name]: value } : item)));

  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  return (
    <fieldset ref={container} className="space-y-3">
      <legend className="mb-2 text-base font-semibold">{legend}</legend>
      {errors?.[path] ? <p role="alert" className="text-sm text-danger">{errors[path]!.join(" ")}</p> : null}
      {items.length === 0 ? <p className="text-sm text-muted">None yet.</p> : null}
      <ol className="space-y-3">
        {items.map((item, index) => (
          <li key={item.key} className="rounded-md border border-line bg-canvas p-3" data-testid={`${path}-item`}>
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm font-medium">{Noun} {index + 1}</span>
              <div className="flex gap-1">
                <Button variant="ghost" className="min-h-8 px-2 py-1" data-focus={`${item.key}:up`} disabled={index === 0} onClick={() => move(index, -1, "up")} aria-label={`Move ${noun} ${index + 1} up`}>↑ Up</Button>
                <Button variant="ghost" className="min-h-8 px-2 py-1" data-focus={`${item.key}:down`} disabled={index === items.length - 1} onClick={() => move(index, 1, "down")} aria-label={`Move ${noun} ${index + 1} down`}>↓ Down</Button>
                <Button variant="ghost" className="min-h-8 px-2 py-1 text-danger!" data-focus={`${item.key}:remove`} onClick={() => remove(index)} aria-label={`Remove ${noun} ${index + 1}`}>Remove</Button>
              </div>
            </div>
            <div className="space-y-2">
              {fields.map((field, fieldIndex) => {
                const id = `${path}-${index}-${field.name}`;
                const fieldErrors = errors?.[`${path}.${index}.${field.name}`];
                const common = {
                  id,
                  name: id,
                  value: item[field.name],
                  invalid: !!fieldErrors,
                  "data-focus": fieldIndex === 0 ? `${item.key}:first` : undefined,
                };
                return (
                  <Field key={field.name} id={id} label={`${field.label} (${noun} ${index + 1})`} errors={fieldErrors} hint={field.hint}>
                    {field.rows ? (
                      <Textarea {...common} rows={field.rows} onChange={(e) => update(index, field.name, e.target.value)} />
                    ) : (
                      <Input {...common} onChange={(e) => update(index, field.name, e.target.value)} />
                    )}
                  </Field>
                );
              })}
            </div>
          </li>
        ))}
      </ol>
      <Button variant="secondary" data-focus={`${path}:add`} onClick={add}>+ Add {noun}</Button>
    </fieldset>
  );
}
