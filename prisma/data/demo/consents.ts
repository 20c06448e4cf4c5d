// Consents the demo participants gave, each recorded by their coach (a participant missing here has given none yet).
// SHARE_WITH_EMPLOYER is what lets a coach propose the participant to a workplace.
import type { ConsentScope } from "../../../generated/prisma/client.ts";
import type { DemoConsent } from "./types.ts";

/** What each consent's note says; a withdrawn one says why instead. */
export const CONSENT_NOTES: { given: Record<ConsentScope, string>; withdrawn: string } = {
  given: {
    SHARE_WITH_EMPLOYER: "Förnamn, tider och behov av anpassningar får delas med arbetsplatser som vi föreslår.",
    SHARE_WITH_SUPPORT_WORKER: "", CONTACT_WITH_AUTHORITIES: "Får prata med Arbetsförmedlingen och Försäkringskassan.",
  },
  withdrawn: "Vill vänta med kontakt med arbetsgivare just nu.",
};

export const CONSENTS: DemoConsent[] = [
  { participant: "BOL-0001", givenDaysAgo: 174, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "BOL-0002", givenDaysAgo: 198, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "BOL-0003", givenDaysAgo: 247, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "BOL-0004", givenDaysAgo: 80, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "BOL-0005", givenDaysAgo: 280, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "BOL-0006", givenDaysAgo: 244, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "BOL-0007", givenDaysAgo: 197, scopes: ["SHARE_WITH_EMPLOYER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "BOL-0008", givenDaysAgo: 195, scopes: ["SHARE_WITH_EMPLOYER"] },
  { participant: "BOL-0009", givenDaysAgo: 103, scopes: ["SHARE_WITH_EMPLOYER"] },
  { participant: "BOL-0010", givenDaysAgo: 266, scopes: ["SHARE_WITH_EMPLOYER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "BOL-0012", givenDaysAgo: 387, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "SOD-0001", givenDaysAgo: 245, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "SOD-0002", givenDaysAgo: 253, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "SOD-0003", givenDaysAgo: 182, scopes: ["SHARE_WITH_EMPLOYER"] },
  { participant: "SOD-0004", givenDaysAgo: 133, scopes: ["SHARE_WITH_EMPLOYER", "CONTACT_WITH_AUTHORITIES"], withdrawnDaysAgo: { SHARE_WITH_EMPLOYER: 20 } },
  { participant: "MAL-0001", givenDaysAgo: 207, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "MAL-0002", givenDaysAgo: 173, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "MAL-0003", givenDaysAgo: 234, scopes: ["SHARE_WITH_EMPLOYER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "MAL-0004", givenDaysAgo: 277, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "MAL-0005", givenDaysAgo: 258, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "MAL-0006", givenDaysAgo: 96, scopes: ["SHARE_WITH_EMPLOYER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "MAL-0008", givenDaysAgo: 136, scopes: ["SHARE_WITH_EMPLOYER"] },
  { participant: "LUN-0001", givenDaysAgo: 82, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "LUN-0002", givenDaysAgo: 182, scopes: ["SHARE_WITH_EMPLOYER"] },
  { participant: "KRI-0001", givenDaysAgo: 262, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "KRI-0002", givenDaysAgo: 203, scopes: ["SHARE_WITH_EMPLOYER"], withdrawnDaysAgo: { SHARE_WITH_EMPLOYER: 20 } },
  { participant: "KRI-0003", givenDaysAgo: 176, scopes: ["SHARE_WITH_EMPLOYER", "SHARE_WITH_SUPPORT_WORKER"] },
  { participant: "KRI-0004", givenDaysAgo: 61, scopes: ["SHARE_WITH_EMPLOYER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "KRI-0005", givenDaysAgo: 195, scopes: ["SHARE_WITH_EMPLOYER"] },
  { participant: "KAR-0001", givenDaysAgo: 98, scopes: ["SHARE_WITH_EMPLOYER"] },
  { participant: "KAR-0002", givenDaysAgo: 160, scopes: ["SHARE_WITH_EMPLOYER", "CONTACT_WITH_AUTHORITIES"] },
  { participant: "KAR-0003", givenDaysAgo: 88, scopes: ["SHARE_WITH_EMPLOYER"] },
  { participant: "KRI-0006", givenDaysAgo: 211, scopes: ["SHARE_WITH_EMPLOYER"] },
  { participant: "KRI-0007", givenDaysAgo: 287, scopes: ["SHARE_WITH_EMPLOYER", "CONTACT_WITH_AUTHORITIES"] },
];
