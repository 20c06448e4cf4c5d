/**
 * The arbetsplan's goals as separate items: one per line, or one per sentence when written as one paragraph. A
 * follow-up reviews one of them, picked from this list on the form and checked against it by the API.
 * Browser-safe; imports nothing.
 */
export function goalsOf(workPlanGoals: string): string[] {
  const lines = workPlanGoals
    .split(/\r?\n/)
    .map((line) => line.replace(/^[-•*\d.)\s]+/, "").trim())
    .filter(Boolean);
  if (lines.length !== 1) return lines;
  return lines[0]!
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}
