/**
 * Pictograms for adaptations (prisma/data/anpassningar.csv), keyed by `kod`.
 * Each value is the inside of a 64×64 stroke drawing; render it with <AdaptationPictogram>.
 * They show the situation, not the word: a clock with a small slice for shorter days,
 * ear defenders for a quiet place, a ramp and wheelchair for accessible premises.
 */
import type { ReactElement } from "react";
import { Bust, Clock, Dot, Figure, Head, NoSign, Solid, arc, arcArrow, chevron, wedge } from "./primitives.tsx";

export const ADAPTATION_ICONS: Readonly<Record<string, ReactElement>> = {
  // ── Arbetstid ────────────────────────────────────────────────
  /** Kortare dagar: a clock where only a short slice of the day is filled in. */
  SHORTER_DAYS: (
    <>
      <circle cx={32} cy={34} r={24} />
      <path d="M32 6v4" />
      <Solid d={wedge(32, 34, 17, 0, 100)} />
      <path d="M32 34V17" />
      <Dot x={32} y={34} r={2.5} />
    </>
  ),
  /** Fasta dagar och tider: a calendar where the same day is marked every week, and a clock. */
  FIXED_TIMES: (
    <>
      <path d="M27 49H10a4 4 0 0 1-4-4V17a4 4 0 0 1 4-4h28a4 4 0 0 1 4 4v11" />
      <path d="M15 8v9M33 8v9M6 22h36" />
      <Solid d="M11 27h6v6h-6zM11 37h6v6h-6z" />
      <Dot x={24} y={30} r={1.8} />
      <Dot x={34} y={30} r={1.8} />
      <Dot x={24} y={40} r={1.8} />
      <Clock cx={46} cy={46} r={13} hands={[0, 90]} ticks={false} />
    </>
  ),
  /** Flexibla arbetstider: a clock whose hands can be moved either way. */
  FLEXIBLE_HOURS: (
    <>
      <Clock cx={32} cy={34} r={16} hands={[330, 60]} />
      <path d={arcArrow(32, 34, 25, 300, 350, false, 5)} />
      <path d={arcArrow(32, 34, 25, 60, 10, true, 5)} />
      <path d={arcArrow(32, 34, 25, 240, 190, true, 5)} />
      <path d={arcArrow(32, 34, 25, 120, 170, false, 5)} />
    </>
  ),
  /** Gradvis ökning av tiden: clocks that grow and fill up, one after the other. */
  GRADUAL_INCREASE: (
    <>
      <circle cx={9} cy={41} r={5} />
      <Solid d={wedge(9, 41, 5, 0, 90)} />
      <circle cx={25} cy={38} r={8} />
      <Solid d={wedge(25, 38, 8, 0, 180)} />
      <circle cx={47} cy={35} r={11} />
      <Solid d={wedge(47, 35, 11, 0, 270)} />
      <path d="M6 56h50" />
      <path d={chevron(58, 56, 90, 5)} />
    </>
  ),
  /** Fler och längre raster: a warm cup with steam, the fika break. */
  EXTRA_BREAKS: (
    <>
      <path d="M14 30h30v14a10 10 0 0 1-10 10H24a10 10 0 0 1-10-10z" />
      <path d="M44 34h3a6 6 0 0 1 0 12h-3" />
      <path d="M8 58h42" />
      <path d="M22 24c-3-3 3-6 0-9M29 24c-3-3 3-6 0-9M36 24c-3-3 3-6 0-9" />
    </>
  ),

  // ── Fysisk miljö ─────────────────────────────────────────────
  /** Tillgänglig lokal: a wheelchair user going up a ramp to an open door. */
  ACCESSIBLE_PREMISES: (
    <>
      <path d="M4 58L40 44H60" />
      <path d="M44 44V12h14v32" />
      <Dot x={48} y={29} />
      <Head x={19} y={17} />
      <path d="M19 24l-1 12h10l3 9" />
      <path d="M19 29h8" />
      <path d={arc(18, 43, 9, 100, 350)} />
    </>
  ),
  /** Anpassad arbetsställning: someone sitting upright at a desk that can be raised and lowered. */
  ERGONOMICS: (
    <>
      <Head x={20} y={13} />
      <path d="M20 20v16h12v18" />
      <path d="M20 25l7 7h11" />
      <path d="M12 24v18h20M14 42v14M30 42v14" />
      <path d="M36 32h24M56 32v24" />
      <path d="M46 38v14" />
      <path d={chevron(46, 38, 0, 4)} />
      <path d={chevron(46, 52, 180, 4)} />
    </>
  ),
  /** Inga tunga lyft: carrying a big box, crossed out. */
  NO_HEAVY_LIFTING: (
    <>
      <Head x={32} y={14} />
      <rect x={19} y={24} width={26} height={18} rx={1} />
      <path d="M32 19v5M26 42l-3 12M38 42l3 12M32 20l-10 7M32 20l10 7" />
      <path d="M19 33h26" />
      <NoSign />
    </>
  ),
  /** Anpassat för hörsel: an ear, with sound coming to it. */
  HEARING_SUPPORT: (
    <>
      <path d="M26 24a13 13 0 0 1 26 0c0 7-5 9-7 14s-3 12-10 12c-3 0-5-1-6-3" />
      <path d="M33 25a6 6 0 0 1 12 0c0 3-3 4-4 7" />
      <path d={arc(30, 32, 12, 230, 310)} />
      <path d={arc(30, 32, 20, 235, 305)} />
    </>
  ),
  /** Anpassat för syn: an eye. */
  VISION_SUPPORT: (
    <>
      <path d="M5 32C13 18 23 14 32 14s19 4 27 18c-8 14-18 18-27 18S13 46 5 32z" />
      <circle cx={32} cy={32} r={9} />
      <Dot x={32} y={32} r={4} />
      <path d="M32 4v4M14 8l3 4M50 8l-3 4" />
    </>
  ),
  /** Tyst och lugn miljö: a calm person wearing ear defenders. */
  QUIET_ENVIRONMENT: (
    <>
      <circle cx={32} cy={28} r={12} />
      <path d="M12 60c0-10 9-16 20-16s20 6 20 16" />
      <path d="M17 27a15 15 0 0 1 30 0" />
      <rect x={13} y={24} width={7} height={13} rx={3.5} />
      <rect x={44} y={24} width={7} height={13} rx={3.5} />
      <path d="M26 29q2 2 4 0M34 29q2 2 4 0" />
    </>
  ),
  /** Dämpat ljus, inga starka dofter: a lamp turned down low with a dimmer. */
  LOW_SENSORY_LOAD: (
    <>
      <path d="M32 4v8" />
      <path d="M20 28l5-16h14l5 16z" />
      <path d={arc(32, 28, 5, 90, 270)} />
      <path d="M24 35l-2 3M32 37v3M40 35l2 3" />
      <path d="M10 54h44" />
      <circle cx={20} cy={54} r={4} fill="currentColor" />
    </>
  ),

  // ── Förstå och kommunicera ──────────────────────────────────
  /** Bildstöd: picture cards, the front one showing a little landscape. */
  PICTURE_SUPPORT: (
    <>
      <path d="M34 18v-4a4 4 0 0 0-4-4H12a4 4 0 0 0-4 4v24a4 4 0 0 0 4 4h12" />
      <Dot x={16} y={19} r={2.5} />
      <rect x={24} y={18} width={32} height={34} rx={4} />
      <Dot x={33} y={28} r={3} />
      <path d="M28 46l10-12 6 7 4-4 5 9" />
    </>
  ),
  /** Lättlästa eller muntliga instruktioner: a short, simple text and a speech bubble. */
  EASY_READ_INSTRUCTIONS: (
    <>
      <rect x={6} y={10} width={28} height={44} rx={3} />
      <path d="M13 22h14M13 32h14M13 42h9" />
      <path d="M42 14h12a4 4 0 0 1 4 4v12a4 4 0 0 1-4 4h-8l-6 6v-6a4 4 0 0 1-2-4V18a4 4 0 0 1 4-4z" />
      <Dot x={44} y={24} r={1.8} />
      <Dot x={50} y={24} r={1.8} />
    </>
  ),
  /** Checklistor och uppdelade uppgifter: a clipboard with ticked boxes. */
  CHECKLISTS: (
    <>
      <rect x={12} y={10} width={40} height={48} rx={4} />
      <path d="M24 6h16v8H24z" />
      <path d="M19 24l3 3 5-6M33 24h12M19 36l3 3 5-6M33 36h12M33 48h12" />
      <rect x={19} y={44} width={8} height={8} rx={1.5} />
    </>
  ),
  /** Påminnelser: a ringing bell. */
  REMINDERS: (
    <>
      <path d="M20 44V30a12 12 0 0 1 24 0v14l4 5H16z" />
      <path d="M32 13v5" />
      <path d="M28 53a4 4 0 0 0 8 0" />
      <path d="M10 24a22 22 0 0 1 5-9M54 24a22 22 0 0 0-5-9M6 34a28 28 0 0 1 1-6M58 34a28 28 0 0 0-1-6" />
    </>
  ),
  /** Tydlig struktur, inga överraskningar: the day as picture cards in a row along a timeline. */
  CLEAR_STRUCTURE: (
    <>
      <rect x={4} y={14} width={16} height={18} rx={3} />
      <rect x={24} y={14} width={16} height={18} rx={3} />
      <rect x={44} y={14} width={16} height={18} rx={3} />
      <Dot x={12} y={23} r={3.5} />
      <Solid d="M32 18l5 9h-10z" />
      <Solid d="M48.5 19.5h7v7h-7z" />
      <path d="M6 46h50" />
      <path d={chevron(57, 46, 90, 5)} />
      <Dot x={12} y={46} r={3} />
      <Dot x={32} y={46} r={3} />
      <Dot x={52} y={46} r={3} />
    </>
  ),
  /** Inga krav på att läsa, skriva eller räkna: an open book and pencil, crossed out. */
  NO_LITERACY_DEMANDS: (
    <>
      <path d="M14 22c6-2 12-2 18 2 6-4 12-4 18-2v22c-6-2-12-2-18 2-6-4-12-4-18-2z" />
      <path d="M32 24v22" />
      <NoSign />
    </>
  ),
  /** Inget datorarbete: a computer screen, crossed out. */
  NO_COMPUTER_WORK: (
    <>
      <rect x={16} y={18} width={32} height={22} rx={2} />
      <path d="M32 40v6M24 46h16" />
      <NoSign />
    </>
  ),

  // ── Handledning ──────────────────────────────────────────────
  /** Fast handledare på plats: the same supervisor, with a name badge, next to you. */
  NAMED_MENTOR: (
    <>
      <Figure x={18} y={14} right={[6, 3, 12, 0]} />
      <Figure x={44} y={12} left={[-6, 2, -13, 0]} />
      <Solid d="M46 27h7v5h-7z" />
    </>
  ),
  /** Tät uppföljning: two people talking, again and again. */
  CLOSE_FOLLOW_UP: (
    <>
      <Bust x={13} y={36} r={6} width={10} />
      <Bust x={51} y={36} r={6} width={10} />
      <path d={arcArrow(32, 20, 10, 290, 70)} />
      <path d={arcArrow(32, 20, 10, 110, 250)} />
    </>
  ),
  /** Anpassad introduktion: someone shows the way to the new workplace. */
  ADAPTED_INTRODUCTION: (
    <>
      <Figure x={14} y={15} />
      <Figure x={31} y={13} right={[6, -3, 13, -6]} />
      <path d="M46 58V10h14v48" />
      <Dot x={50} y={35} />
    </>
  ),
  /** Få sociala krav: a person with room of their own. */
  LIMITED_SOCIAL_DEMANDS: (
    <>
      <circle cx={32} cy={33} r={26} strokeDasharray="5 6" />
      <Figure x={32} y={17} legs={[[-2, 7, -5, 15], [2, 7, 5, 15]]} left={[-4, 7, -7, 13]} right={[4, 7, 7, 13]} />
    </>
  ),
  /** Jobbcoach med på plats: a coach standing by while someone works. */
  JOB_COACH_ON_SITE: (
    <>
      <Figure x={18} y={16} legs={null} left={[-2, 8, 2, 16]} right={[5, 8, 10, 16]} />
      <path d="M4 42h38M10 42v16M36 42v16" />
      <rect x={14} y={32} width={14} height={10} />
      <Figure x={50} y={16} left={[-5, 6, -12, 10]} />
      <path d="M31 4h12a3 3 0 0 1 3 3v5a3 3 0 0 1-3 3h-1v4l-4-4h-7a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3z" />
      <Dot x={33} y={9.5} r={1.5} />
      <Dot x={37} y={9.5} r={1.5} />
      <Dot x={41} y={9.5} r={1.5} />
    </>
  ),

  // ── Uppgifter ────────────────────────────────────────────────
  /** Anpassade arbetsuppgifter: two pieces that fit together. */
  ADAPTED_TASKS: (
    <>
      <path d="M8 18h22v7a4 4 0 1 1 0 8v15H8z" />
      <path d="M36 18h20v30H36V33a4 4 0 1 0 0-8z" />
    </>
  ),
  /** Eget tempo: a speed dial you set yourself. */
  OWN_PACE: (
    <>
      <path d={arc(32, 38, 24, 270, 90)} />
      <path d="M8 38h6M50 38h6M15 21l4 4M49 21l-4 4M32 14v6" />
      <path d="M32 38l-10-10" />
      <Dot x={32} y={38} r={4} />
      <path d="M12 52h40" />
    </>
  ),
  /** Variation i uppgifterna: different tasks taking turns. */
  TASK_VARIETY: (
    <>
      <path d={arcArrow(32, 34, 22, 30, 95)} />
      <path d={arcArrow(32, 34, 22, 150, 215)} />
      <path d={arcArrow(32, 34, 22, 270, 335)} />
      <rect x={26} y={6} width={12} height={10} rx={1} />
      <path d="M48 48a5 5 0 0 0 10 0v-6H48z" />
      <path d="M8 50h12l-2 8h-8zM14 50v-6M14 45c-3 0-5-2-5-5 3 0 5 2 5 5M14 44c0-3 2-5 5-5 0 3-2 5-5 5" />
    </>
  ),

  // ── Stöd ─────────────────────────────────────────────────────
  /** Arbetshjälpmedel: a box of tools and aids. */
  WORK_AIDS: (
    <>
      <rect x={8} y={26} width={48} height={28} rx={3} />
      <path d="M24 26v-6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v6" />
      <path d="M8 36h48" />
      <Solid d="M28 33h8v7h-8z" />
    </>
  ),
  /** Hjälp med resor: two people travelling together on the bus. */
  TRAVEL_SUPPORT: (
    <>
      <rect x={10} y={6} width={44} height={46} rx={7} />
      <path d="M15 14h34v20H15z" />
      <circle cx={25} cy={22} r={4} />
      <circle cx={39} cy={22} r={4} />
      <path d="M18 34c0-4 3-6 7-6s7 2 7 6M32 34c0-4 3-6 7-6s7 2 7 6" />
      <Dot x={18} y={43} r={2.5} />
      <Dot x={46} y={43} r={2.5} />
      <path d="M17 52v6M47 52v6M6 16v8M58 16v8" />
    </>
  ),
};

/** True when `code` has its own drawing (not the neutral fallback). */
export function hasAdaptationPictogram(code: string): boolean {
  return Object.hasOwn(ADAPTATION_ICONS, code);
}
