import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
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
  return <textarea id={id} name={props.name ?? id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={cn(CONTROL, className)} {...props} />;
}

export function Select({ id, invalid = false, className, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { id: string; invalid?: boolean }) {
  return <select id={id} name={props.name ?? id} aria-invalid={invalid} aria-describedby={describedBy(id, invalid)} className={cn(CONTROL, className)} {...props} />;
}
