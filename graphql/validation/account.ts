// Account inputs, shared by the GraphQL API and the forms so both say the same thing in Swedish.
import * as z from "zod";

/** 254 characters is the longest address mail can deliver to (RFC 5321). */
export const email = z
  .string()
  .trim()
  .max(254, "E-postadressen får vara högst 254 tecken.")
  .toLowerCase()
  .pipe(z.email("Skriv en giltig e-postadress, till exempel namn@kommun.se."));

export const loginInput = z.object({
  email,
  password: z.string().min(1, "Skriv ditt lösenord."),
});

export const newPassword = z
  .string()
  .min(12, "Lösenordet behöver vara minst 12 tecken.")
  .max(200, "Lösenordet får vara högst 200 tecken.");

export const roles = ["ADMIN", "COACH", "SUPPORT_WORKER", "ORG_MEMBER"] as const;

export const createUserInput = z
  .object({
    email,
    name: z.string().trim().min(1, "Skriv personens namn.").max(120, "Namnet får vara högst 120 tecken."),
    roles: z.array(z.enum(roles)).min(1, "Välj minst en roll."),
    organizationIds: z.array(z.string()).default([]),
  })
  .refine((input) => !input.roles.includes("ORG_MEMBER") || input.organizationIds.length > 0, {
    path: ["organizationIds"],
    message: "En arbetsgivare behöver höra till minst en organisation.",
  });

export const organizationKinds = ["COMPANY", "SOCIAL_ENTERPRISE", "ASSOCIATION", "PUBLIC"] as const;

export const createOrganizationInput = z.object({
  name: z.string().trim().min(1, "Skriv organisationens namn.").max(160, "Namnet får vara högst 160 tecken."),
  kind: z.enum(organizationKinds, "Välj vilken sorts organisation det är."),
  kommunCode: z.string().regex(/^\d{4}$/, "Välj en kommun."),
  description: z.string().trim().max(2000, "Beskrivningen får vara högst 2000 tecken.").default(""),
  address: z.string().trim().max(200, "Adressen får vara högst 200 tecken.").default(""),
});

export const resetPasswordInput = z.object({ token: z.string(), password: newPassword });

export const createApiTokenInput = z.object({
  organizationId: z.string(),
  name: z.string().trim().min(1, "Ge nyckeln ett namn, till exempel systemets namn.").max(80, "Namnet får vara högst 80 tecken."),
});
