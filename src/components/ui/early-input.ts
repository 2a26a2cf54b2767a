"use client";

import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ChangeEvent, type RefObject } from "react";

// What a person does to a server-rendered control before React hydrates it is in the page but not
// in state, and hydration puts the state's value back over it: on a loaded machine the first words
// of a note, or a rating clicked at once, were lost. So the hydrating render reads what the page
// already holds (nothing has been committed yet, so it is still there), and at mount a controlled
// control hands it to its handler, so the form and its autosave keep it. Once only: afterwards
// React owns the control.

const noSubscription = () => () => {};

/** True on the server and while hydrating; false for a control first rendered in the browser. */
function useHydrating(): boolean {
  return useSyncExternalStore(noSubscription, () => false, () => true);
}

/** Reads the page once, during the hydrating render only. */
function useEarly<T>(read: () => T | undefined): T | undefined {
  const hydrating = useHydrating();
  const [early] = useState(() => (hydrating && typeof document !== "undefined" ? read() : undefined));
  return early;
}

type ValueElement = HTMLTextAreaElement | HTMLSelectElement | HTMLInputElement;

/**
 * For a text field or a select with an id: the value it held before hydration, handed to its
 * onChange. A field first rendered in the browser is left alone, since an element with the same id
 * could be the one it replaces.
 */
export function useAdoptEarlyValue<E extends ValueElement>(id: string, ref: RefObject<E | null>, value: unknown, onChange: ((event: ChangeEvent<E>) => void) | undefined) {
  const early = useEarly(() => (document.getElementById(id) as ValueElement | null)?.value);
  const atMount = useRef({ value, onChange, early });
  useLayoutEffect(() => {
    const field = ref.current;
    const { value: initial, onChange: handler, early: typed } = atMount.current;
    if (!field || initial === undefined || initial === null || !handler || typed === undefined || typed === String(initial)) return;
    // A select whose value is none of its options shows its first one: that is no choice of the user's.
    if (field instanceof HTMLSelectElement && ![...field.options].some((option) => option.value === String(initial))) return;
    field.value = typed;
    handler({ target: field, currentTarget: field } as ChangeEvent<E>);
  }, [ref]);
}

/**
 * For a controlled radio group: the radio of group `name` checked before hydration, when it is not
 * `value`, handed to `choose` as the choice whose text is the radio's value. A radio whose value
 * is none of `choices` (one rendered without a value reads "on") is never taken for a choice.
 */
export function useAdoptEarlyChoice<T extends string | number>(name: string, value: T | null, choices: readonly T[], choose: (choice: T) => void) {
  const early = useEarly(() => {
    for (const radio of document.getElementsByName(name)) if (radio instanceof HTMLInputElement && radio.type === "radio" && radio.checked) return radio.value;
    return undefined;
  });
  const atMount = useRef({ value, choices, choose, early });
  useLayoutEffect(() => {
    const { value: initial, choices: known, choose: handler, early: clicked } = atMount.current;
    const choice = known.find((option) => String(option) === clicked);
    if (choice !== undefined && choice !== initial) handler(choice);
  }, []);
}
