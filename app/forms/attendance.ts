// The month grid's form (browser-safe: zod and attendance/entry.ts only), read by conform in the browser and by the
// route's action on the server, so a cell's problem is said in the same Swedish words before and after a submit.
// The API (graphql/attendance-days.ts) checks the same rule again with the stored schedule. A form of its own kind:
// the grid posts the cells as typed and a row's signature, and the action sends only the rows that changed.
import * as z from "zod";
import { cellText, dayProblem, parseCell, type DayEntry } from "../../attendance/entry.ts";

const cell = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The day's scheduled minutes as the page showed them: for the rule's message only; the API decides. */
    scheduled: z.coerce.number().int().min(0).max(1440),
    value: z.string().max(20, "Skriv en kortare tid.").optional(),
  })
  .transform((day, context) => {
    const parsed = parseCell(day.value ?? "");
    if (!parsed.ok) {
      context.addIssue({ code: "custom", path: ["value"], message: parsed.problem });
      return z.NEVER;
    }
    const problem = parsed.entry && dayProblem(parsed.entry, day.scheduled);
    if (problem) {
      context.addIssue({ code: "custom", path: ["value"], message: problem.message });
      return z.NEVER;
    }
    return { date: day.date, scheduled: day.scheduled, entry: parsed.entry };
  });

export const attendanceGridRow = z.object({
  assignmentId: z.string().min(1),
  revision: z.coerce.number().int(),
  /** The row's cells as loaded (rowSignature): a row whose cells still say the same is not sent. */
  original: z.string().default(""),
  days: z.array(cell).max(31).default([]),
});

export const attendanceGridForm = z.object({
  /** "save", "fill" (every row) or "fill:<assignmentId>": the plain form's "Allt enligt schema" buttons. */
  intent: z.string().default("save"),
  rows: z.array(attendanceGridRow).max(100).default([]),
});

export type AttendanceGridForm = z.output<typeof attendanceGridForm>;

/** A row's cells as one comparable text: the canonical cell text of each day, in order. */
export function rowSignature(entries: readonly (DayEntry | null)[]): string {
  return entries.map(cellText).join("|");
}
