// Inputs of the monthly report flow, shared by the API and the pages' forms (app/forms/monthly-report.ts). Browser-safe: zod only.
import * as z from "zod";
import { ABSENCE_REASONS } from "../../attendance/entry.ts";
import { isoDate } from "./common.ts";

export const COMMENT_MAX = 4_000;
export const REVIEW_COMMENT_MAX = 2_000;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const MONTH_MESSAGE = "Skriv månaden som år-månad, till exempel 2026-11.";
export const yearMonth = () => z.string(MONTH_MESSAGE).regex(MONTH, MONTH_MESSAGE);

const progressComment = z
  .string()
  .trim()
  .max(COMMENT_MAX, `Kommentaren får vara högst ${COMMENT_MAX} tecken.`);

export const saveCommentInput = z.object({ comment: progressComment.default("") });

export const submitReportInput = z.object({
  comment: progressComment.min(1, "Skriv en kommentar om hur det går med målen i arbetsplanen."),
});

export const approveReportInput = z.object({
  comment: z.string().trim().max(REVIEW_COMMENT_MAX, `Kommentaren får vara högst ${REVIEW_COMMENT_MAX} tecken.`).default(""),
});

export const returnReportInput = z.object({
  comment: z
    .string("Skriv vad organisationen behöver ändra.")
    .trim()
    .min(1, "Skriv vad organisationen behöver ändra.")
    .max(REVIEW_COMMENT_MAX, `Kommentaren får vara högst ${REVIEW_COMMENT_MAX} tecken.`),
});

export const amendDayInput = z.object({
  date: isoDate(),
  attendedMinutes: z.number("Skriv hur länge deltagaren var där.").int("Skriv tiden i hela minuter.").min(0, "Tiden kan inte vara negativ.").max(1440, "Ett dygn har högst 24 timmar."),
  absenceReason: z.enum(ABSENCE_REASONS, "Välj en frånvaroorsak i listan.").nullable().default(null),
  note: z.string().trim().max(500, "Anteckningen får vara högst 500 tecken.").default(""),
});

export const amendReportInput = z.object({
  reason: z.string("Skriv varför rapporten rättas.").trim().min(1, "Skriv varför rapporten rättas.").max(REVIEW_COMMENT_MAX, `Skälet får vara högst ${REVIEW_COMMENT_MAX} tecken.`),
  comment: progressComment.min(1, "Skriv en kommentar om hur det går med målen i arbetsplanen."),
  days: z.array(amendDayInput).max(31, "En månad har högst 31 dagar."),
});
