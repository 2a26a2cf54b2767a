"use client";

import { useAdoptEarlyChoice } from "@/components/ui/early-input";
import { cn } from "@/lib/cn";
import { RATING_ANCHORS, type Rating } from "@/lib/rating";

const RATINGS: Rating[] = [1, 2, 3, 4];

/** The 1–4 rating with its written anchors; keys 1–4 set it from anywhere outside a text field. */
export function RatingPicker({ value, onChange, position }: { value: Rating | null; onChange: (rating: Rating | null) => void; position: number }) {
  useAdoptEarlyChoice(`rating-${position}`, value, RATINGS, onChange);
  return (
    <fieldset className="rounded-lg border border-line bg-surface p-5">
      <legend className="px-1 font-semibold">Rating</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {RATINGS.map((rating) => {
          const { label, anchor } = RATING_ANCHORS[rating];
          const id = `rating-${position}-${rating}`;
          return (
            <label
              key={rating}
              htmlFor={id}
              className={cn(
                "flex cursor-pointer gap-3 rounded-md border p-3 text-sm",
                value === rating ? "border-accent bg-canvas" : "border-line hover:bg-canvas",
              )}
            >
              <input
                id={id}
                type="radio"
                name={`rating-${position}`}
                value={rating}
                className="mt-1"
                checked={value === rating}
                onChange={() => onChange(rating)}
                aria-keyshortcuts={String(rating)}
              />
              <span>
                <span className="font-semibold">{rating} · {label}</span>
                <span className="block text-muted">{anchor}</span>
              </span>
            </label>
          );
        })}
      </div>
      {value !== null ? (
        <button type="button" className="mt-2 text-sm text-muted underline" onClick={() => onChange(null)}>
          Clear rating
        </button>
      ) : null}
    </fieldset>
  );
}
