"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { detectedTimeZone } from "@/lib/time-zone";
import { detectTimeZoneAction } from "../actions";

/**
 * Saves the browser's time zone once, on the first signed-in page of a profile that has none, then
 * re-renders the page in it. Renders nothing; after that the Account page is where it changes.
 */
export function TimeZoneDetector() {
  const router = useRouter();
  useEffect(() => {
    const timeZone = detectedTimeZone();
    if (!timeZone) return;
    let cancelled = false;
    void detectTimeZoneAction({ timeZone }).then((result) => {
      if (!cancelled && result.ok && result.data.saved) router.refresh();
    });
    return () => {
      cancelled = true;
    };
  }, [router]);
  return null;
}
