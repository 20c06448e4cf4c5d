// The handledare's follow-up forms: a follow-up (new and correction), an addendum, the outcome. Their fields are the
// API inputs' own (graphql/validation/follow-up.ts), rows included ("ratings[2].rating"), so each parses the posted
// form with the API's schema as it is.
import { addendumInput, recordFollowUpInput, recordOutcomeInput } from "../../graphql/validation/follow-up.ts";
import { schemaForm } from "./form.ts";

export const followUpForm = schemaForm(recordFollowUpInput);
export const outcomeForm = schemaForm(recordOutcomeInput);
export const addendumForm = schemaForm(addendumInput);
