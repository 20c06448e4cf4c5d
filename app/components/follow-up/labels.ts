// Swedish words for the follow-up codes, shared by the handledare's pages and Mina steg.
export const phaseLabel: Record<string, string> = {
  AGREEMENT: "1 Överenskommelse",
  VOCATIONAL_PROFILE: "2 Yrkesprofil",
  JOB_FINDING: "3 Jobbsökande",
  EMPLOYER_ENGAGEMENT: "4 Arbetsgivarkontakt",
  ON_OFF_JOB_SUPPORT: "5 Stöd på och utanför arbetsplatsen",
};

/** The interval keys of the API: the phases and FOLLOWING_ALONG. */
export const intervalLabel: Record<string, string> = { ...phaseLabel, FOLLOWING_ALONG: "Efter arbete eller studier" };

export const modeLabel: Record<string, string> = {
  WORKPLACE_VISIT: "Arbetsplatsbesök",
  PHONE: "Telefon",
  DIGITAL: "Digitalt möte",
  THREE_PARTY: "Trepartssamtal",
};

export const supportLevelLabel: Record<string, string> = {
  CONSTANT: "Med hela tiden",
  DAILY: "Varje dag",
  WEEKLY: "Varje vecka",
  ON_REQUEST: "Vid behov",
  NATURAL: "Naturligt stöd på arbetsplatsen",
};

export const outcomeLabel: Record<string, string> = {
  JOB: "Arbete",
  JOB_WITH_SUPPORT: "Arbete med stöd (till exempel lönebidrag)",
  STUDIES: "Studier",
  OTHER_SUPPORT: "Annat stöd (till exempel daglig verksamhet eller vården)",
  ENDED: "Avslutat",
};

export const ownerLabel: Record<string, string> = {
  PARTICIPANT: "Deltagaren",
  SUPPORT_WORKER: "SE-handledaren",
  COACH: "Jobbcoachen",
  ORGANIZATION: "Arbetsplatsen",
};

export const changeLabel: Record<string, string> = {
  IN_USE: "Används",
  NEWLY_NEEDED: "Behövs nu",
  NO_LONGER_NEEDED: "Behövs inte längre",
};

/** The picture scale's words, 1–5: the faces never speak by colour alone. */
export const viewWords = ["Mycket dåligt", "Dåligt", "Sådär", "Bra", "Mycket bra"] as const;

/** "3 h 30 min" from minutes. */
export function hoursAndMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : "", m ? `${m} min` : ""].filter(Boolean).join(" ") || "0 h";
}
