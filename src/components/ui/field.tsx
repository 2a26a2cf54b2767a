"use client";

import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ChangeEvent, type InputHTMLAttributes, type ReactNode, type RefObject, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

const CONTROL =
  "w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink placeholder:text-muted aria-[invalid=true]:border-danger";

type FieldProps = { id: string; label: string; errors?: string[]; hint?: ReactNode; children: ReactNode };

/** A label, a control and its error messages, wired together for screen readers. */
export function Field({ id, label, errors, hint, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? <p className="text-xs text-muted" id={`${id}-hint`}>{hint}</p> : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-danger" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, invalid: boolean) {
  return invalid ? `${id}-error` : undefined;
}

export function Input({ id, invalid = false, className, ...props }: InputHTMLAttributes<HTMLInputElement> & { id: string; invalid?: boolean }) {
  return <input id={id} name={props.name ?? id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={cn(CONTROL, className)} {...props} />;
}

export function Textarea({ id, invalid = false, className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; invalid?: boolean }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useAdoptEarlyInput(id, ref, props.value, props.onChange);
  return <textarea ref={ref} id={id} name={props.name ?? id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={cn(CONTROL, className)} {...props} />;
}

const noSubscription = () => () => {};

/**
 * Text typed into a server-rendered field before React hydrated it is in the field but not in
 * state, and the next render puts the state's value back over it: on a slow machine the first
 * words of a note were lost. So the hydrating render reads what the field already holds (nothing
 * has been committed yet, so it is still there), and at mount a controlled field hands it to its
 * onChange, so the form and its autosave keep it. Once only: afterwards React owns the field.
 */
function useAdoptEarlyInput(
  id: string,
  ref: RefObject<HTMLTextAreaElement | null>,
  value: TextareaHTMLAttributes<HTMLTextAreaElement>["value"],
  onChange: TextareaHTMLAttributes<HTMLTextAreaElement>["onChange"],
) {
  // True on the server and while hydrating; false for a field first rendered in the browser,
  // where an element with the same id could be the one this field replaces.
  const hydrating = useSyncExternalStore(noSubscription, () => false, () => true);
  const [early] = useState(() => (hydrating && typeof document !== "undefined" ? (document.getElementById(id) as HTMLTextAreaElement | null)?.value : undefined));
  const atMount = useRef({ value, onChange, early });
  useLayoutEffect(() => {
    const field = ref.current;
    const { value: initial, onChange: handler, early: typed } = atMount.current;
    if (!field || initial === undefined || !handler || typed === undefined || typed === String(initial)) return;
    field.value = typed;
    handler({ target: field, currentTarget: field } as ChangeEvent<HTMLTextAreaElement>);
  }, [ref]);
}

/** A choice's value and what the user reads. */
export type Option = readonly [value: string, label: string];

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  invalid?: boolean;
  /** The choices, in order; `children` may add more after them. */
  options?: readonly Option[];
  /** A first choice with the empty value, such as "All levels" in a filter. */
  empty?: string;
};

export function Select({ id, invalid = false, className, options = [], empty, children, ...props }: SelectProps) {
  return (
    <select id={id} name={props.name ?? id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={cn(CONTROL, className)} {...props}>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {options.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      {children}
    </select>
  );
}

type FieldControl = { label: string; errors?: string[]; hint?: ReactNode };

/** A Field around one control, both told about the same errors: the common case of a form field. */
function withField<P extends { id: string; invalid?: boolean }>(Control: (props: P) => ReactNode) {
  return function ControlField({ label, errors, hint, ...rest }: FieldControl & P) {
    const control = rest as unknown as P;
    return (
      <Field id={control.id} label={label} errors={errors} hint={hint}>
        <Control invalid={!!errors} {...control} />
      </Field>
    );
  };
}

export const InputField = withField(Input);
export const TextareaField = withField(Textarea);
export const SelectField = withField(Select);
