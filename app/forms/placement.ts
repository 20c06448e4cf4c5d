// The placement form (new and edit): its fields as the organisation fills them in, checked by the API's placement
// schemas. Saving a draft checks placementInput; publishing, or saving a published placement, publishablePlacement.
import { minutesFromTime, numberFromText, placementInput, publishablePlacement } from "../../graphql/validation/placement.ts";
import { defineForm, firstSegment, list, text, type FormValues } from "./form.ts";

const fields = {
  kind: text(),
  title: text(),
  description: text(),
  /** One per line. */
  tasks: text(),
  occupationCardIds: list(),
  adaptationCodes: list(),
  weekdays: list(),
  /** "08:00" */
  earliestStart: text(),
  latestEnd: text(),
  /** Decimal comma or point. */
  hoursPerDayMin: text(),
  hoursPerDayMax: text(),
  startDate: text(),
  /** Empty: the placement goes on until further notice. */
  endDate: text(),
  capacity: text(),
  address: text(),
  kommunCode: text(),
  mentorName: text(),
  mentorPhone: text(),
  mentorEmail: text(),
  requirements: text(),
};

export type PlacementFormValues = FormValues<typeof fields>;

const toInput = (f: PlacementFormValues) => ({
  kind: f.kind || undefined,
  title: f.title,
  description: f.description,
  tasks: f.tasks.split(/\r?\n/).map((task) => task.trim()).filter(Boolean),
  occupationCardIds: f.occupationCardIds,
  adaptationCodes: f.adaptationCodes,
  weekdays: f.weekdays,
  earliestStartMinute: minutesFromTime(f.earliestStart),
  latestEndMinute: minutesFromTime(f.latestEnd),
  hoursPerDayMin: numberFromText(f.hoursPerDayMin),
  hoursPerDayMax: numberFromText(f.hoursPerDayMax),
  startDate: f.startDate || null,
  endDate: f.endDate || null,
  capacity: numberFromText(f.capacity),
  address: f.address,
  kommunCode: f.kommunCode,
  mentorName: f.mentorName,
  mentorPhone: f.mentorPhone,
  mentorEmail: f.mentorEmail,
  requirements: f.requirements,
});

/** The times have their own names in the form. */
const renamed: Record<string, string> = { earliestStartMinute: "earliestStart", latestEndMinute: "latestEnd" };
const fieldOf = (path: string) => renamed[firstSegment(path)] ?? firstSegment(path);

export const placementForms = {
  save: defineForm({ fields, toInput, input: placementInput, fieldOf }),
  publish: defineForm({ fields, toInput, input: publishablePlacement, fieldOf }),
};
export type PlacementFormIntent = keyof typeof placementForms;

/** The rules a submission must meet: a published placement stays published, so its every save is checked as one. */
export function placementFormFor(formData: FormData, published: boolean) {
  return placementForms[published || formData.get("intent") === "publish" ? "publish" : "save"];
}
