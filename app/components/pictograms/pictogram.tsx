/**
 * Pictograms for adaptations (anpassningar) and occupation cards (yrkeskort).
 *
 *   <AdaptationPictogram code="SHORTER_DAYS" label="Kortare dagar" />
 *   <OccupationCardPictogram cardId="stada-lokaler" title="Städa lokaler" size={96} />
 *   <AdaptationPictogram code="QUIET_ENVIRONMENT" decorative />   // when the text is right next to it
 *
 * The picture takes its colour from CSS `color` (currentColor). The drawings live in one sprite file
 * (pictograms.svg, written by sprite.server.tsx), which each pictogram points into with <use>; an unknown key
 * draws a neutral placeholder instead of throwing, so a new adaptation or card in the data never breaks a page.
 */
import type { ReactElement, ReactNode } from "react";
import spriteUrl from "./pictograms.svg";
import { adaptationSymbol, occupationCardSymbol } from "./symbols.tsx";

export { ADAPTATION_ICONS, hasAdaptationPictogram } from "./adaptation-icons.tsx";
export { OCCUPATION_CARD_ICONS, hasOccupationCardPictogram } from "./occupation-icons.tsx";
export { FALLBACK_ICON, FALLBACK_SYMBOL_ID } from "./symbols.tsx";

/** The sprite's URL with a symbol id: what <use href> points to. */
export const spriteHref = (symbolId: string) => `${spriteUrl}#${symbolId}`;

type A11yProps =
  /** The picture stands alone: it is announced with `label` as its text alternative. */
  | { decorative?: false; label: string }
  /** Visible text next to the picture already says the same: hide the picture from assistive tech. */
  | { decorative: true; label?: string };

type CommonProps = {
  /** Width and height in CSS pixels. */
  size?: number;
  className?: string;
};

export type PictogramProps = A11yProps & CommonProps & { children: ReactNode };

/** The shared <svg> frame: 64×64 grid, currentColor strokes of width 3, round caps and joins. */
export function Pictogram(props: PictogramProps): ReactElement {
  const { size = 48, className, children } = props;
  const frame = {
    xmlns: "http://www.w3.org/2000/svg",
    viewBox: "0 0 64 64",
    width: size,
    height: size,
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 3,
    strokeLinecap: "round",
    strokeLinejoin: "round",
    focusable: "false",
    className,
  } as const;
  if (props.decorative) {
    return (
      <svg {...frame} aria-hidden="true">
        {children}
      </svg>
    );
  }
  return (
    <svg {...frame} role="img" aria-label={props.label}>
      <title>{props.label}</title>
      {children}
    </svg>
  );
}

export type AdaptationPictogramProps = A11yProps & CommonProps & { code: string };

/** Pictogram for an adaptation, keyed by its `kod` (e.g. "SHORTER_DAYS"). Default 48 px. */
export function AdaptationPictogram({ code, ...rest }: AdaptationPictogramProps): ReactElement {
  return (
    <Pictogram size={48} {...rest}>
      <use href={spriteHref(adaptationSymbol(code))} />
    </Pictogram>
  );
}

export type OccupationCardPictogramProps = CommonProps &
  ({ decorative?: false; title: string } | { decorative: true; title?: string }) & {
    /** The card id: the slug of its title (the slug of its title, see prisma/reference-data.ts). */
    cardId: string;
  };

/** Pictogram for an occupation card (yrkeskort), keyed by card id. Default 96 px. */
export function OccupationCardPictogram({ cardId, title, decorative, size = 96, className }: OccupationCardPictogramProps): ReactElement {
  const a11y: A11yProps = decorative ? { decorative: true } : { label: title ?? "" };
  return (
    <Pictogram size={size} className={className} {...a11y}>
      <use href={spriteHref(occupationCardSymbol(cardId))} />
    </Pictogram>
  );
}
