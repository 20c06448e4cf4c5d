import { viewWords } from "./labels.ts";

/** Mouth curves from a frown (1) to a broad smile (5). */
const MOUTHS = ["M20 46 Q32 34 44 46", "M21 44 Q32 38 43 44", "M21 42 L43 42", "M21 40 Q32 47 43 40", "M19 38 Q32 52 45 38"];

/** One face of the five-point picture scale, drawn like the pictograms (64×64, currentColor). */
export function Face({ value, size = 48, label }: { value: number; size?: number; label?: string }) {
  return (
    <svg viewBox="0 0 64 64" width={size} height={size} fill="none" stroke="currentColor" strokeWidth={3} strokeLinecap="round" {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}>
      <circle cx={32} cy={32} r={26} />
      <circle cx={23} cy={26} r={2.5} fill="currentColor" stroke="none" />
      <circle cx={41} cy={26} r={2.5} fill="currentColor" stroke="none" />
      <path d={MOUTHS[value - 1]} />
    </svg>
  );
}

/** The participant's own view as a picture and a word. */
export function FaceWithWords({ value }: { value: number }) {
  return (
    <span className="face-with-words">
      <Face value={value} size={32} />
      {viewWords[value - 1]}
    </span>
  );
}
