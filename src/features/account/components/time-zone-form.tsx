"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { detectedTimeZone } from "@/lib/time-zone";
import { useAction } from "@/lib/use-action";
import { setTimeZoneAction } from "../actions";

const noSubscription = () => () => {};

/**
 * The Account page's time zone. `zones` comes from the server, so the server render and the
 * browser list the same choices (each runtime's Intl knows its own list).
 */
export function TimeZoneForm({ current, zones }: { current: string; zones: string[] }) {
  const router = useRouter();
  const { run, pending, error } = useAction();
  const [choice, setChoice] = useState(current);
  const [saved, setSaved] = useState<string | null>(null);
  // Known only in the browser: null on the server and while hydrating, so both renders agree.
  const browserZone = useSyncExternalStore(noSubscription, detectedTimeZone, () => null);

  const save = (timeZone: string) =>
    run(setTimeZoneAction, { timeZone }, (result) => {
      setChoice(result.timeZone);
      setSaved(result.timeZone);
      router.refresh();
    });

  return (
    <form
      className="max-w-sm space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(choice);
      }}
    >
      {saved ? <Alert tone="ok">Saved: dates and times are shown in {saved}.</Alert> : null}
      {error && !error.fieldErrors?.timeZone ? <Alert>{error.message}</Alert> : null}
      <SelectField
        id="timeZone"
        label="Time zone"
        value={choice}
        onChange={(event) => {
          setChoice(event.target.value);
          setSaved(null);
        }}
        errors={error?.fieldErrors?.timeZone}
        hint="Every date and time in Probe is shown in this zone."
        options={(zones.includes(choice) ? zones : [choice, ...zones]).map((zone) => [zone, zone.replaceAll("_", " ")])}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || choice === current}>{pending ? "Saving…" : "Save time zone"}</Button>
        {browserZone && browserZone !== current ? (
          <Button variant="secondary" disabled={pending} onClick={() => save(browserZone)}>
            Use this browser&apos;s zone ({browserZone})
          </Button>
        ) : null}
      </div>
    </form>
  );
}
