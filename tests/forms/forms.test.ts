// The forms' definitions (app/forms/) as the route actions run them: conform's parseWithZod over a posted FormData,
// the API's schema behind it, and the API's typed refusals mapped back onto the form's own field names.
import { parseWithZod } from "@conform-to/zod/v4";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { resetPasswordForm } from "../../app/forms/account.ts";
import { consentForm, participantForm } from "../../app/forms/participant.ts";
import { placementForms } from "../../app/forms/placement.ts";
import { placeForm } from "../../app/forms/proposal.ts";
import { apiErrorReply } from "../../app/forms/reply.server.ts";
import { ValidationError } from "../../graphql/errors.ts";

/** A form as the browser posts it: repeated names for checkboxes. */
function posted(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(name, one);
  return form;
}

const placement = {
  kind: "WORK_TRAINING",
  title: "Packa reservdelar",
  description: "Du packar delar i påsar.",
  tasks: "Räkna delar\r\nPacka påsar\n",
  occupationCardIds: "plocka-och-packa-pa-lager",
  weekdays: ["MON", "WED"],
  earliestStart: "08:00",
  latestEnd: "12:00",
  hoursPerDayMin: "2",
  hoursPerDayMax: "3,5",
  capacity: "2",
  kommunCode: "2183",
  address: "Verkstadsvägen 12",
  mentorName: "Peter Ström",
};

describe("the placement form", () => {
  it("turns the posted text into the API's input: lines into tasks, times into minutes, decimal commas into numbers", () => {
    const submission = parseWithZod(posted(placement), { schema: placementForms.publish.schema });
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toMatchObject({
      tasks: ["Räkna delar", "Packa påsar"],
      occupationCardIds: ["plocka-och-packa-pa-lager"],
      weekdays: ["MON", "WED"],
      earliestStartMinute: 480,
      latestEndMinute: 720,
      hoursPerDayMax: 3.5,
      capacity: 2,
      endDate: null,
    });
  });

  it("answers with every error at once, under the form's own field names, and the values as sent", () => {
    const submission = parseWithZod(posted({ ...placement, title: "", latestEnd: "07:00", intent: "save" }), { schema: placementForms.save.schema });
    const reply = submission.reply();
    expect(reply.error).toEqual({
      title: ["Skriv en rubrik för platsen."],
      latestEnd: ["Sluttiden måste vara senare än starttiden."],
    });
    expect(reply.initialValue).toMatchObject({ latestEnd: "07:00", hoursPerDayMax: "3,5", weekdays: ["MON", "WED"] });
  });

  it("asks more of a placement that is published than of a draft", () => {
    const draft = { ...placement, description: "", tasks: "", occupationCardIds: [] };
    expect(parseWithZod(posted(draft), { schema: placementForms.save.schema }).status).toBe("success");
    expect(parseWithZod(posted(draft), { schema: placementForms.publish.schema }).reply().error).toEqual({
      description: ["Skriv en lättläst beskrivning av platsen."],
      tasks: ["Skriv minst en arbetsuppgift."],
      occupationCardIds: ["Välj minst ett yrkeskort."],
    });
  });
});

describe("the API's refusal on the form", () => {
  const submission = () => parseWithZod(posted(placement), { schema: placementForms.save.schema });

  it("puts typed field errors at the form's field names, with the API's message as the form's error", () => {
    const refusal = new ValidationError([
      { field: "latestEndMinute", message: "Sluttiden måste vara senare än starttiden." },
      { field: "adaptationCodes.1", message: "Okänd anpassning: X." },
    ]);
    expect(apiErrorReply(submission(), [refusal], placementForms.save)).toMatchObject({
      status: "error",
      error: {
        "": ["Något behöver rättas. Se felen vid varje fält."],
        latestEnd: ["Sluttiden måste vara senare än starttiden."],
        adaptationCodes: ["Okänd anpassning: X."],
      },
      initialValue: { title: "Packa reservdelar" },
    });
  });

  it("keeps the form's values when a button elsewhere on the page was refused", () => {
    const reply = apiErrorReply(null, [new GraphQLError("Platsen är stängd.")], placementForms.save);
    expect(reply).toEqual({ status: "error", error: { "": ["Platsen är stängd."] } });
  });

  it("makes a field error the form's own error when the form has no such field, and never sends passwords back", () => {
    const reset = parseWithZod(posted({ password: "ett långt lösenord", repeat: "ett långt lösenord" }), { schema: resetPasswordForm.schema });
    const refusal = new ValidationError([{ field: "token", message: "Länken är ogiltig eller för gammal. Be en administratör om en ny." }]);
    const reply = apiErrorReply(reset, [refusal], resetPasswordForm, { hideFields: ["password", "repeat"] });
    expect(reply.error).toEqual({ "": ["Länken är ogiltig eller för gammal. Be en administratör om en ny."] });
    expect(reply.initialValue).toEqual({});
  });
});

describe("the other forms' own rules", () => {
  it("reads one radio group per adaptation as the participant's needs, and says which codes it does not know", () => {
    const vocabulary = {
      kommunCodes: new Set(["2183"]),
      adaptationCodes: new Set(["QUIET_ENVIRONMENT"]),
      occupationCardIds: new Set<string>(),
      occupationAreas: new Set<string>(),
    };
    const form = participantForm(vocabulary);
    const fields = { code: "bol-0042", displayName: "Kim", kommunCode: "2183", hoursPerDayMax: "2,5", weekdays: "MON" };
    const ok = parseWithZod(posted({ ...fields, "need.QUIET_ENVIRONMENT": "MUST" }), { schema: form.schema });
    expect(ok.status === "success" && ok.value).toMatchObject({ code: "BOL-0042", hoursPerDayMax: 2.5, adaptationNeeds: [{ code: "QUIET_ENVIRONMENT", mustHave: true }] });
    const unknown = parseWithZod(posted({ ...fields, "need.GHOST": "NICE", "need.QUIET_ENVIRONMENT": "NONE" }), { schema: form.schema });
    expect(unknown.reply().error).toEqual({ need: ["Okänd anpassning: GHOST."] });
  });

  it("records a consent given today as now, an earlier day at noon, and refuses a day that does not exist", () => {
    const form = consentForm("2026-09-10");
    const at = (givenAt: string) => parseWithZod(posted({ scope: "SHARE_WITH_EMPLOYER", givenAt, note: "" }), { schema: form.schema });
    const todays = at("2026-09-10");
    expect(todays.status === "success" && Date.now() - todays.value.givenAt.getTime()).toBeLessThan(5_000);
    const earlier = at("2026-09-01");
    expect(earlier.status === "success" && earlier.value.givenAt.toISOString()).toBe("2026-09-01T12:00:00.000Z");
    expect(at("2026-02-30").reply().error).toEqual({ givenAt: ["Skriv datumet som år-månad-dag, till exempel 2026-09-01."] });
  });

  it("checks the insats's schedule against the placement's, as the API does", () => {
    const form = placeForm({ id: "p1", placement: { weekdays: ["MON", "TUE"], hoursPerDayMin: 2, hoursPerDayMax: 4 } });
    const submission = parseWithZod(
      posted({ startDate: "2026-10-01", weekdays: ["MON", "FRI"], hoursPerDay: "5", workPlanGoals: "Komma i tid", workPlanQuestions: "Passar lager?" }),
      { schema: form.schema },
    );
    expect(submission.reply().error).toEqual({
      weekdays: ["Välj bara dagar då platsen är öppen för deltagare."],
      hoursPerDay: ["Platsen har 2–4 timmar om dagen. Välj ett antal inom det."],
    });
  });

  it("wants the new password twice, the same", () => {
    const submission = parseWithZod(posted({ password: "ett långt lösenord", repeat: "ett annat lösenord" }), { schema: resetPasswordForm.schema });
    expect(submission.reply().error).toEqual({ repeat: ["Lösenorden är inte lika. Skriv samma lösenord två gånger."] });
  });
});
