"use client";

// The viewer's zone for client components. The signed-in layout reads it from the profile and
// provides it, so the server render and the hydrating browser format every date alike.
import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_TIME_ZONE } from "./time-zone";

const TimeZoneContext = createContext<string>(DEFAULT_TIME_ZONE);

export function TimeZoneProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}

/** `{ timeZone }` for the format functions: `formatDateTime(at, useTimeZone())`. */
export function useTimeZone(): { timeZone: string } {
  return { timeZone: useContext(TimeZoneContext) };
}
