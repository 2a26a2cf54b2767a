"use client";

import { useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { useAdoptEarlyValue } from "./early-input";

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

// Controls whose state is not their value: nothing typed early to adopt.
const NOT_TYPED = new Set(["checkbox", "radio", "file", "hidden", "submit", "button", "reset", "image"]);

export function Input({ id, invalid = false, className, ...props }: InputHTMLAttributes<HTMLInputElement> & { id: string; invalid?: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  useAdoptEarlyValue(id, ref, NOT_TYPED.has(props.type ?? "text") ? undefined : props.value, props.onChange);
  return <input ref={ref} id={id} name={props.name ?? id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={cn(CONTROL, className)} {...props} />;
}

export function Textarea({ id, invalid = false, className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; invalid?: boolean }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useAdoptEarlyValue(id, ref, props.value, props.onChange);
  return <textarea ref={ref} id={id} name={props.name ?? id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={cn(CONTROL, className)} {...props} />;
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
  const ref = useRef<HTMLSelectElement>(null);
  useAdoptEarlyValue(id, ref, props.value, props.onChange);
  return (
    <select ref={ref} id={id} name={props.name ?? id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={cn(CONTROL, className)} {...props}>
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
