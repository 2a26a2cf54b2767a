"use client";

import { useAdoptEarlyChoice } from "@/components/ui/early-input";
import { cn } from "@/lib/cn";
import { RATING_ANCHORS } from "@/lib/rating";
import type { Rating } from "../types";

const RATINGS: Rating[] = [1, 2, 3, 4];

/** The 1–4 scale as a radio group, each choice with its written anchor. */
export function RatingGroup({
  name,
  legend,
  value,
  onChange,
  disabled,
  error,
}: {
  name: string;
  legend: string;
  value: Rating | null;
  onChange: (rating: Rating | null) => void;
  disabled?: boolean;
  error?: string;
}) {
  useAdoptEarlyChoice(name, value, RATINGS, onChange);
  return (
    <fieldset className="space-y-2" aria-invalid={!!error} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-4">
        {RATINGS.map((rating) => {
          const anchor = RATING_ANCHORS[rating];
          const checked = value === rating;
          return (
            <label
              key={rating}
              className={cn(
                "flex cursor-pointer gap-2 rounded-md border p-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent",
                checked ? "border-accent bg-canvas" : "border-line",
                disabled && "cursor-not-allowed opacity-70",
              )}
            >
              <input type="radio" className="mt-1" name={name} value={rating} checked={checked} disabled={disabled} onChange={() => onChange(rating)} />
              <span>
                <span className="block font-medium">
                  {rating} · {anchor.label}
                </span>
                <span className="block text-xs text-muted">{anchor.anchor}</span>
              </span>
            </label>
          );
        })}
      </div>
      {value !== null && !disabled ? (
        <button type="button" className="text-xs text-muted underline" onClick={() => onChange(null)}>
          Clear rating
        </button>
      ) : null}
      {error ? (
        <p id={`${name}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
