export const stageLabel: Record<string, string> = {
  INTAKE: "Kartläggning",
  GUIDANCE: "Vägledning",
  MATCHING: "Söker plats",
  WORK_TRAINING: "Arbetstränar",
  INTERNSHIP: "Praktiserar",
  EMPLOYED: "Har arbete",
  STUDIES: "Studerar",
  ENDED: "Avslutad",
};

export const placementStatusLabel: Record<string, string> = {
  DRAFT: "Utkast",
  PUBLISHED: "Publicerad",
  PAUSED: "Pausad",
  CLOSED: "Stängd",
};

export const roleLabel: Record<string, string> = {
  ADMIN: "Administratör",
  COACH: "Jobbcoach",
  SUPPORT_WORKER: "Handledare",
  ORG_MEMBER: "Arbetsgivare",
};
