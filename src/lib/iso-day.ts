// A calendar day as forms and URLs carry it (<input type="date">): YYYY-MM-DD, a real date.
import { z } from "zod";

export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-30")
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), "Not a real date");
