// The consent form (issue #16): a date is required, never quietly today; a consent already in force is refused at
// its field before the form is sent (the API refuses it too: tests/proposals/consent-governs.test.ts); the note is
// bounded like the API's.
import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { CONSENT_NOTE_MAX, consentForm } from "../../app/forms/participant.ts";

const posted = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe("the consent form", () => {
  const form = consentForm("2026-09-10", ["SHARE_WITH_EMPLOYER"]);
  const check = (fields: Record<string, string>) =>
    parseWithZod(posted({ scope: "SHARE_WITH_SUPPORT_WORKER", givenAt: "2026-09-01", note: "", ...fields }), { schema: form.schema });

  it("asks for the day instead of saving an empty date as today", () => {
    expect(check({ givenAt: "" }).reply().error).toEqual({ givenAt: ["Skriv vilken dag deltagaren gav samtycket."] });
    const data = posted({ scope: "SHARE_WITH_SUPPORT_WORKER", note: "" }); // no date field at all
    expect(parseWithZod(data, { schema: form.schema }).reply().error).toEqual({ givenAt: ["Skriv vilken dag deltagaren gav samtycket."] });
  });

  it("refuses a consent that is already in force, at the scope, in Swedish", () => {
    expect(check({ scope: "SHARE_WITH_EMPLOYER" }).reply().error).toEqual({
      scope: ["Det här samtycket gäller redan. Återkalla det gamla först om något har ändrats."],
    });
    expect(check({}).status).toBe("success");
  });

  it("bounds the note like the API", () => {
    expect(check({ note: "x".repeat(CONSENT_NOTE_MAX + 1) }).reply().error).toEqual({ note: [`Anteckningen får vara högst ${CONSENT_NOTE_MAX} tecken.`] });
    expect(check({ note: "x".repeat(CONSENT_NOTE_MAX) }).status).toBe("success");
  });
});
