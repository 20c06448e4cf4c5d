// The monthly report's forms: the organisation's comment (saved, or sent with the report), an amendment of an
// approved month, and the coach's review. Their fields are named as the API's inputs, so each parses the posted form
// with the API's own schema pieces (graphql/validation/monthly-report.ts); the button pressed is the `intent`.
import * as z from "zod";
import { parseCell } from "../../attendance/entry.ts";
import { isoDate } from "../../graphql/validation/common.ts";
import { amendReportInput, approveReportInput, returnReportInput, saveCommentInput, submitReportInput } from "../../graphql/validation/monthly-report.ts";
import { schemaForm } from "./form.ts";

/** Save and submit share the comment box; submit needs a comment and names the revision the page showed. */
export const commentForm = schemaForm(
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("save"), comment: saveCommentInput.shape.comment }),
    z.object({ intent: z.literal("submit"), comment: submitReportInput.shape.comment, revision: z.coerce.number().int() }),
  ]),
);

/** The amendment form: each day as the month grid writes it ("3", "3,5", "3:30", "S", "3:30 S"), turned into the API's minutes. */
const amendFields = z.object({
  reason: amendReportInput.shape.reason,
  comment: amendReportInput.shape.comment,
  days: z
    .array(
      z.object({
        date: isoDate(),
        cell: z
          .string()
          .default("")
          .transform((text, ctx) => {
            const parsed = parseCell(text);
            if (!parsed.ok || !parsed.entry) {
              ctx.addIssue({ code: "custom", message: parsed.ok ? "Skriv hur länge deltagaren var där, eller en frånvarokod." : parsed.problem });
              return z.NEVER;
            }
            return parsed.entry;
          }),
      }),
    )
    .max(31)
    .default([]),
});

export const amendForm = schemaForm(amendFields.extend({ intent: z.literal("amend") }));

export const reviewForm = schemaForm(
  z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("approve"), comment: approveReportInput.shape.comment }),
    z.object({ intent: z.literal("return"), comment: returnReportInput.shape.comment }),
  ]),
);
