// A time zone from a form or the browser: an IANA name this runtime knows (src/lib/time-zone.ts).
// Apart from time-zone.ts so that browser code asking for the viewer's zone does not load zod.
import { z } from "zod";
import { isTimeZone } from "./time-zone";

export const timeZoneSchema = z
  .string({ message: "Choose a time zone" })
  .trim()
  .min(1, "Choose a time zone")
  .max(64, "Not a time zone")
  .refine(isTimeZone, "Not a time zone this server knows");
