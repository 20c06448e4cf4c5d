/**
 * Shared drawing vocabulary for Stegvis pictograms.
 *
 * Every pictogram is drawn on a 64×64 grid and rendered inside an <svg> that sets
 * stroke="currentColor", stroke-width 3, round caps and joins and fill="none" (see pictogram.tsx),
 * so the pieces here only give geometry. Solid accents use <Dot>/<Solid>, which fill with currentColor.
 *
 * People are drawn the same way everywhere: a round head (r = 5) and body lines
 * (torso, arms, legs), so a person looks like the same person on every card.
 */
import type { ReactElement } from "react";

/** Number formatting for computed path data: at most two decimals, no trailing zeros. */
const n = (v: number): string => String(Math.round(v * 100) / 100);

/** Point on a circle; `deg` is measured clockwise from 12 o'clock, like a clock face. */
export function polar(cx: number, cy: number, r: number, deg: number): [number, number] {
  const rad = (deg * Math.PI) / 180;
  return [cx + r * Math.sin(rad), cy - r * Math.cos(rad)];
}

/** Path data for a clockwise arc from `from` to `to` degrees (clock angles). */
export function arc(cx: number, cy: number, r: number, from: number, to: number): string {
  const [x0, y0] = polar(cx, cy, r, from);
  const [x1, y1] = polar(cx, cy, r, to);
  const sweep = (((to - from) % 360) + 360) % 360;
  return `M${n(x0)} ${n(y0)}A${n(r)} ${n(r)} 0 ${sweep > 180 ? 1 : 0} 1 ${n(x1)} ${n(y1)}`;
}

/** Path data for a closed pie wedge (clockwise from `from` to `to`). */
export function wedge(cx: number, cy: number, r: number, from: number, to: number): string {
  return `M${n(cx)} ${n(cy)}L${arc(cx, cy, r, from, to).slice(1)}Z`;
}

/** Path data for an open arrowhead (a chevron) whose tip is at (x, y), pointing along `deg` (clock angle). */
export function chevron(x: number, y: number, deg: number, size = 5): string {
  const [ax, ay] = polar(x, y, size, deg + 180 - 40);
  const [bx, by] = polar(x, y, size, deg + 180 + 40);
  return `M${n(ax)} ${n(ay)}L${n(x)} ${n(y)}L${n(bx)} ${n(by)}`;
}

/** Arc with an arrowhead at its end, pointing in the direction of travel (clockwise unless `ccw`). */
export function arcArrow(cx: number, cy: number, r: number, from: number, to: number, ccw = false, size = 5): string {
  const path = ccw ? arc(cx, cy, r, to, from) : arc(cx, cy, r, from, to);
  const [tx, ty] = polar(cx, cy, r, to);
  const heading = ccw ? to - 90 : to + 90;
  return `${path}${chevron(tx, ty, heading, size)}`;
}

/** A solid accent circle. */
export function Dot({ x, y, r = 2.25 }: { x: number; y: number; r?: number }): ReactElement {
  return <circle cx={x} cy={y} r={r} fill="currentColor" stroke="none" />;
}

/** A solid accent shape from path data. */
export function Solid({ d }: { d: string }): ReactElement {
  return <path d={d} fill="currentColor" stroke="none" />;
}

/** A head: the one way people's heads are drawn. */
export function Head({ x, y, r = 5 }: { x: number; y: number; r?: number }): ReactElement {
  return <circle cx={x} cy={y} r={r} />;
}

type Limb = readonly [number, number, number, number];

export interface FigureProps {
  /** Centre of the head. The feet end 43 units lower (or `height` when the figure is shorter). */
  x: number;
  y: number;
  /** Left and right arm as [elbow dx, elbow dy, hand dx, hand dy] from the shoulder (x, y + 11). */
  left?: Limb | null;
  right?: Limb | null;
  /** Legs as [knee dx, knee dy, foot dx, foot dy] from the hip (x, y + 25); null hides them (e.g. behind a table). */
  legs?: readonly [Limb, Limb] | null;
  /** Torso lean: horizontal offset of the hip relative to the neck. */
  lean?: number;
}

const ARM_LEFT: Limb = [-4, 8, -7, 16];
const ARM_RIGHT: Limb = [4, 8, 7, 16];
const LEGS: readonly [Limb, Limb] = [
  [-3, 9, -6, 18],
  [3, 9, 6, 18],
];

/** A standing person: round head, torso, arms and legs as single strokes. */
export function Figure({ x, y, left = ARM_LEFT, right = ARM_RIGHT, legs = LEGS, lean = 0 }: FigureProps): ReactElement {
  const sx = x + lean * (4 / 18);
  const sy = y + 11;
  const hx = x + lean;
  const hy = y + 25;
  const limb = (ox: number, oy: number, l: Limb) => `M${n(ox)} ${n(oy)}l${l[0]} ${l[1]}l${l[2] - l[0]} ${l[3] - l[1]}`;
  let d = `M${n(x)} ${y + 7}L${n(hx)} ${hy}`;
  if (left) d += limb(sx, sy, left);
  if (right) d += limb(sx, sy, right);
  if (legs) d += limb(hx, hy, legs[0]) + limb(hx, hy, legs[1]);
  return (
    <>
      <Head x={x} y={y} />
      <path d={d} />
    </>
  );
}

/** Head and shoulders, for close-ups (talking, listening). `r` is the head radius. */
export function Bust({ x, y, r = 7, width = 13 }: { x: number; y: number; r?: number; width?: number }): ReactElement {
  const top = y + r + 3;
  return (
    <>
      <circle cx={x} cy={y} r={r} />
      <path d={`M${x - width} ${n(top + 12)}c0-7 ${n(width * 0.45)}-12 ${width}-12s${width} 5 ${width} 12`} />
    </>
  );
}

/** The prohibition ring and slash used for every "no …" adaptation. Draw the object first. */
export function NoSign(): ReactElement {
  const [x0, y0] = polar(32, 32, 27, 315);
  const [x1, y1] = polar(32, 32, 27, 135);
  return (
    <>
      <circle cx={32} cy={32} r={27} />
      <path d={`M${n(x0)} ${n(y0)}L${n(x1)} ${n(y1)}`} />
    </>
  );
}

/** A clock face with two hands (clock angles in degrees) and quarter-hour dots. */
export function Clock({ cx, cy, r, hands = [0, 90], ticks = true }: { cx: number; cy: number; r: number; hands?: readonly [number, number] | null; ticks?: boolean }): ReactElement {
  const hour = hands && polar(cx, cy, r * 0.45, hands[0]);
  const minute = hands && polar(cx, cy, r * 0.65, hands[1]);
  return (
    <>
      <circle cx={cx} cy={cy} r={r} />
      {ticks && [0, 90, 180, 270].map((a) => {
        const [x, y] = polar(cx, cy, r - 5, a);
        return <Dot key={a} x={x} y={y} r={1.6} />;
      })}
      {hour && minute && <path d={`M${n(hour[0])} ${n(hour[1])}L${cx} ${cy}L${n(minute[0])} ${n(minute[1])}`} />}
    </>
  );
}

/**
 * An open-ended spanner. (x, y) is the centre of the jaw, `deg` the direction the handle points
 * (clock angle), `length` the handle length from the jaw centre, `s` a scale for small uses.
 */
export function Spanner({ x, y, deg, length = 26, s = 1 }: { x: number; y: number; deg: number; length?: number; s?: number }): ReactElement {
  const R = 7 * s;
  const w = 3 * s;
  const gap = 3 * s;
  const depth = 2 * s;
  const hx = -Math.sqrt(R * R - w * w);
  const jx = Math.sqrt(R * R - gap * gap);
  // Drawn with the handle towards -x and the jaw opening towards +x, then rotated into place.
  const d =
    `M${n(hx)} ${n(-w)}H${n(-length)}A${n(w)} ${n(w)} 0 0 0 ${n(-length)} ${n(w)}H${n(hx)}` +
    `A${n(R)} ${n(R)} 0 0 0 ${n(jx)} ${n(gap)}L${n(depth)} ${n(gap)}L${n(depth)} ${n(-gap)}L${n(jx)} ${n(-gap)}` +
    `A${n(R)} ${n(R)} 0 0 0 ${n(hx)} ${n(-w)}Z`;
  // Unrotated, the handle points to 9 o'clock (270°); SVG rotation is clockwise like clock angles.
  return <path d={d} transform={`translate(${x} ${y}) rotate(${n(deg - 270)})`} />;
}
