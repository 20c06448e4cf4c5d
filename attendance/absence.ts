/**
 * Absence reasons (DOMAIN.md, "Absence reasons"): the codes the database and the API share, in the order reports list
 * them, with their Swedish words. Browser-safe, imports nothing. Absence reasons are health data: whoever shows them
 * reads participant data (graphql/schema/monthly-report.ts logs it).
 */
export const ABSENCE_REASONS = ["SICK", "CARE_OF_CHILD", "LEAVE_APPROVED", "OTHER_ACTIVITY", "SCHOOL", "CLOSED", "UNEXCUSED"] as const;
export type AbsenceReasonCode = (typeof ABSENCE_REASONS)[number];

export const ABSENCE_LABELS: Readonly<Record<AbsenceReasonCode, string>> = {
  SICK: "Sjuk",
  CARE_OF_CHILD: "Vård av barn",
  LEAVE_APPROVED: "Beviljad ledighet",
  OTHER_ACTIVITY: "Annan insats",
  SCHOOL: "Skola, utbildning",
  CLOSED: "Verksamheten stängd",
  UNEXCUSED: "Ogiltig frånvaro",
};

export function absenceLabel(code: string | null | undefined): string {
  return code ? (ABSENCE_LABELS[code as AbsenceReasonCode] ?? code) : "";
}
