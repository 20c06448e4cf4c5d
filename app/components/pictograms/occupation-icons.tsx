/**
 * Pictograms for occupation cards (prisma/data/yrkeskort.csv), keyed by card id: the slug of its title, as prisma/reference-data.ts makes it.
 * Each value is the inside of a 64×64 stroke drawing; render it with <OccupationCardPictogram>.
 * Each shows the work itself: a broom on a floor, a forklift with a box, a greenhouse with a seedling.
 */
import type { ReactElement } from "react";
import { Bust, Dot, Figure, Head, Solid, Spanner, arc, wedge } from "./primitives.tsx";

export const OCCUPATION_CARD_ICONS: Readonly<Record<string, ReactElement>> = {
  // ── Lokalvård ────────────────────────────────────────────────
  /** Städa lokaler: sweeping the floor with a broom. */
  "stada-lokaler": (
    <>
      <Figure x={20} y={12} left={[8, 4, 19, 3]} right={[8, 9, 16, 14]} legs={[[-3, 10, -6, 21], [3, 10, 6, 21]]} />
      <path d="M43 10L33 46" />
      <path d="M26 58l4-12h10l4 12M31 52l-1 6M36 52v6" />
      <path d="M4 58h56" />
      <Dot x={50} y={54} r={1.8} />
      <Dot x={55} y={50} r={1.8} />
      <Dot x={57} y={55} r={1.8} />
    </>
  ),
  /** Hemservice, städa hos äldre: a bucket and mop inside someone's home. */
  "hemservice-stada-hos-aldre": (
    <>
      <path d="M4 30L32 8l28 22" />
      <path d="M10 26v32h44V26" />
      <path d="M16 40h18l-2 16H18z" />
      <path d="M17 40a8 8 0 0 1 16 0" />
      <path d="M46 28l-6 20" />
      <path d="M34 56l4-8h6l4 8M39 52l-1 4M43 52l1 4" />
    </>
  ),
  /** Tvätta bilar, putsa fönster: a car covered in soap bubbles. */
  "tvatta-bilar-putsa-fonster": (
    <>
      <path d="M6 48v-8a4 4 0 0 1 4-4h4l7-10h20l8 10h5a4 4 0 0 1 4 4v8h-6M24 48h16M12 48H6" />
      <circle cx={18} cy={48} r={5} />
      <circle cx={46} cy={48} r={5} />
      <path d="M23 36h24" />
      <circle cx={20} cy={14} r={4} />
      <circle cx={30} cy={8} r={3} />
      <circle cx={40} cy={15} r={5} />
      <circle cx={52} cy={10} r={3} />
    </>
  ),

  // ── Fastighet ────────────────────────────────────────────────
  /** Vaktmästeri, bära och internpost: a hand truck with a box and a letter. */
  "vaktmasteri-bara-och-internpost": (
    <>
      <path d="M50 6l-4 2v44H20" />
      <circle cx={46} cy={54} r={4.5} />
      <rect x={22} y={32} width={22} height={18} rx={1} />
      <path d="M33 32v6" />
      <rect x={22} y={16} width={20} height={14} rx={1} />
      <path d="M22 16l10 8 10-8" />
    </>
  ),
  /** Fastighetsskötsel och snöröjning: shovelling snow. */
  "fastighetsskotsel-och-snorojning": (
    <>
      <path d="M10 8l22 30" />
      <path d="M6 10h8" />
      <path d="M24 40l14-10 10 14-14 10z" />
      <path d="M4 58c6-8 14-8 20-4 4-4 10-4 14 0 6-3 14-2 22 4z" />
      <path d="M48 8v16M41 12l14 8M41 20l14-8" />
    </>
  ),

  // ── Kök och café ─────────────────────────────────────────────
  /** Diska, köksbiträde: washing a plate at the sink. */
  "diska-koksbitrade": (
    <>
      <path d="M4 36h56" />
      <path d="M10 36v12a6 6 0 0 0 6 6h30a6 6 0 0 0 6-6V36" />
      <path d={arc(24, 32, 12, 250, 110)} />
      <path d={arc(24, 32, 6, 230, 130)} />
      <path d="M52 36V18a4 4 0 0 0-4-4h-6v5" />
      <Solid d="M42 24c-2 3-2 5 0 5s2-2 0-5z" />
      <circle cx={14} cy={12} r={3} />
      <circle cx={22} cy={8} r={2} />
    </>
  ),
  /** Kafébiträde: an espresso machine filling a cup. */
  "kafebitrade": (
    <>
      <path d="M6 56V12a4 4 0 0 1 4-4h24a4 4 0 0 1 4 4v44" />
      <path d="M4 56h36M6 18h32" />
      <path d="M15 25h14v5H15z" />
      <path d="M22 30v4" />
      <path d="M15 40h14v6a5 5 0 0 1-5 5h-4a5 5 0 0 1-5-5z" />
      <path d="M44 44h14v5a5 5 0 0 1-5 5h-4a5 5 0 0 1-5-5z" />
      <path d="M42 58h18" />
      <path d="M48 38c-2-2 2-4 0-6M54 38c-2-2 2-4 0-6" />
    </>
  ),
  /** Servera i matsal: carrying a tray with a warm dish. */
  "servera-i-matsal": (
    <>
      <Figure x={18} y={13} right={[6, 8, 16, 8]} left={[-4, 8, -6, 16]} />
      <path d="M30 32h28" />
      <path d="M35 28h20c0 5-4 8-10 8M35 28c0 3 2 6 5 7" />
      <path d="M40 22c-2-2 2-4 0-6M47 22c-2-2 2-4 0-6" />
    </>
  ),
  /** Göra smörgåsar och kall mat: an open sandwich with toppings. */
  "gora-smorgasar-och-kall-mat": (
    <>
      <path d="M6 34L22 12l36 22" />
      <path d="M14 31l9-12 26 12" />
      <path d="M6 34h52v17a3 3 0 0 1-3 3H9a3 3 0 0 1-3-3z" />
      <path d="M6 42c3 3 5-2 8 0s5-3 8 0 5-3 8 0 5-3 8 0 5-3 8 0 5-3 8 0" />
      <path d="M6 47h52" />
    </>
  ),
  /** Baka: rolling out dough with a rolling pin. */
  "baka": (
    <>
      <path d="M6 34h52c0 13-11 22-26 22S6 47 6 34z" />
      <path d="M54 4L41 24" />
      <path d="M41 24c-7 2-14 8-14 14M41 24c3 7 2 15-2 20M41 24c-4 5-7 11-8 18" />
      <path d="M12 28c1-2 3-2 4 0M20 26c1-2 3-2 4 0" />
    </>
  ),
  /** Snabbmat och pizza: a pizza with one slice taken out. */
  "snabbmat-och-pizza": (
    <>
      <path d={wedge(28, 36, 22, 90, 390)} />
      <path d={arc(28, 36, 16, 90, 390)} />
      <path d={wedge(34, 30, 22, 30, 90)} />
      <Dot x={20} y={30} r={3} />
      <Dot x={24} y={46} r={3} />
      <Dot x={14} y={42} r={3} />
      <Dot x={44} y={20} r={2.5} />
    </>
  ),

  // ── Butik ────────────────────────────────────────────────────
  /** Fylla på varor i butik: putting goods onto a shop shelf. */
  "fylla-pa-varor-i-butik": (
    <>
      <path d="M6 6v52M58 6v52M6 30h52M6 54h52" />
      <rect x={10} y={18} width={8} height={12} rx={1} />
      <rect x={20} y={18} width={8} height={12} rx={1} />
      <rect x={10} y={42} width={10} height={12} rx={1} />
      <rect x={22} y={42} width={10} height={12} rx={1} />
      <rect x={34} y={42} width={10} height={12} rx={1} />
      <rect x={40} y={6} width={8} height={12} rx={1} />
      <path d="M34 14v10M34 24l-2-3M34 24l2-3" />
    </>
  ),
  /** Sitta i kassa: a cashier behind the till. */
  "sitta-i-kassa": (
    <>
      <Bust x={15} y={16} r={6} width={11} />
      <path d="M38 8h18v10H38zM47 18v6" />
      <path d="M32 24h30l-2 16H34z" />
      <Dot x={40} y={30} r={1.8} />
      <Dot x={47} y={30} r={1.8} />
      <Dot x={54} y={30} r={1.8} />
      <Dot x={40} y={35} r={1.8} />
      <Dot x={47} y={35} r={1.8} />
      <Dot x={54} y={35} r={1.8} />
      <path d="M30 40h34v10H30zM43 45h8" />
      <path d="M2 50h62M6 50v8" />
    </>
  ),
  /** Butik med dagligvaror: a shopping trolley with milk and an apple. */
  "butik-med-dagligvaror": (
    <>
      <path d="M4 12h7l6 30h34l6-22H13" />
      <circle cx={22} cy={52} r={4} />
      <circle cx={46} cy={52} r={4} />
      <path d="M17 42l-2 4h36" />
      <path d="M24 20V10l3-4h6l3 4v10" />
      <circle cx={46} cy={14} r={5} />
      <path d="M46 9c0-2 2-4 4-4" />
    </>
  ),
  /** Second hand-butik: a used shirt on a hanger with a price tag. */
  "second-hand-butik": (
    <>
      <path d="M28 10a4 4 0 1 1 4 4v4L8 28h48L32 18" />
      <path d="M18 28l-10 8 5 6 5-3v19h28V39l5 3 5-6-10-8" />
      <path d="M40 44l6-6h8v8l-6 6z" />
      <Dot x={50} y={42} r={1.6} />
    </>
  ),
  /** Låna ut utrustning (som Fritidsbanken): sports gear lent out and brought back. */
  "lana-ut-utrustning-som-fritidsbanken": (
    <>
      <circle cx={22} cy={44} r={13} />
      <path d="M22 38l5 4-2 6h-6l-2-6z" />
      <ellipse cx={46} cy={28} rx={9} ry={12} transform="rotate(30 46 28)" />
      <path d="M40 38l-6 10" />
      <path d="M6 8h24M25 3l5 5-5 5M30 19H6M11 14l-5 5 5 5" />
    </>
  ),
  /** Torgförsäljning: a market stall with an awning and fruit. */
  "torgforsaljning": (
    <>
      <path d="M10 8h44l4 12H6z" />
      <path d="M6 20c0 4 3 6 6.5 6s6.5-2 6.5-6c0 4 3 6 6.5 6s6.5-2 6.5-6c0 4 3 6 6.5 6s6.5-2 6.5-6c0 4 3 6 6.5 6s6.5-2 6.5-6" />
      <path d="M19 8l-2 12M32 8v12M45 8l2 12" />
      <path d="M10 26v32M54 26v32M4 46h56" />
      <circle cx={20} cy={40} r={5} />
      <circle cx={31} cy={40} r={5} />
      <circle cx={44} cy={40} r={5} />
    </>
  ),

  // ── Lager och logistik ──────────────────────────────────────
  /** Plocka och packa på lager: carrying a box from the warehouse rack. */
  "plocka-och-packa-pa-lager": (
    <>
      <path d="M4 6v52M30 6v52M4 24h26M4 42h26" />
      <rect x={8} y={12} width={10} height={12} />
      <rect x={16} y={32} width={10} height={10} />
      <rect x={8} y={48} width={12} height={10} />
      <Head x={47} y={13} />
      <path d="M47 20l-8 8M47 20l8 8" />
      <rect x={37} y={27} width={20} height={15} rx={1} />
      <path d="M43 42l-3 16M51 42l3 16" />
    </>
  ),
  /** Handpackning och enkel montering: small parts going into an open box. */
  "handpackning-och-enkel-montering": (
    <>
      <path d="M14 34h36v22H14z" />
      <path d="M14 34l-6-8M50 34l6-8M20 34l6-6h12l6 6" />
      <path d={`M${20} ${10}l5.2 3v6l-5.2 3-5.2-3v-6z`} />
      <circle cx={20} cy={16} r={2} />
      <path d="M38 8h8M42 8v14" />
      <path d="M32 22v6M32 28l-2-3M32 28l2-3" />
    </>
  ),
  /** Packa och märka med maskin: boxes on a conveyor belt under a labelling machine. */
  "packa-och-marka-med-maskin": (
    <>
      <path d="M8 44h48a4 4 0 0 1 0 8H8a4 4 0 0 1 0-8z" />
      <Dot x={14} y={48} r={1.6} />
      <Dot x={32} y={48} r={1.6} />
      <Dot x={50} y={48} r={1.6} />
      <rect x={6} y={30} width={14} height={14} rx={1} />
      <Solid d="M9 34h8v5H9z" />
      <rect x={30} y={30} width={14} height={14} rx={1} />
      <path d="M24 4h26M30 4v8h14V4M37 12v8M31 20h12v5H31z" />
      <path d="M50 38h8M55 35l3 3-3 3" />
    </>
  ),
  /** Sortera post: letters into a pigeon-hole rack. */
  "sortera-post": (
    <>
      <path d="M6 6h52v32H6zM6 22h52M23 6v32M40 6v32" />
      <path d="M9 22l3-8h8l-1 8M43 38l2-9h9l1 9M26 22l1-6h9l2 6" />
      <rect x={20} y={44} width={26} height={16} rx={1} />
      <path d="M20 44l13 9 13-9" />
    </>
  ),
  /** Dela ut reklam: a flyer pushed through the letterbox in a front door. */
  "dela-ut-reklam": (
    <>
      <path d="M12 58V6h36v52" />
      <Dot x={42} y={46} r={2.5} />
      <path d="M18 32h24v5H18z" />
      <path d="M22 32l-4-18 16-3 4 21" />
      <path d="M22 18l9-2M23 23l9-2" />
      <path d="M4 58h56" />
    </>
  ),
  /** Köra truck: a forklift lifting a box. */
  "kora-truck": (
    <>
      <path d="M6 50V34h30l2-18H16v18" />
      <path d="M36 34v16" />
      <path d="M44 8v44h16" />
      <circle cx={14} cy={50} r={6} />
      <circle cx={34} cy={50} r={6} />
      <rect x={47} y={34} width={13} height={14} rx={1} />
      <Head x={26} y={22} r={4} />
    </>
  ),
  /** Cykelbud: a bicycle with a delivery box, moving fast. */
  "cykelbud": (
    <>
      <circle cx={16} cy={44} r={10} />
      <circle cx={50} cy={44} r={10} />
      <path d="M16 44l10-16h20l4 16M26 28l6 16 14-16M32 44H16" />
      <path d="M46 28l-2-8h6M22 24h8" />
      <rect x={4} y={12} width={18} height={14} rx={1} />
      <path d="M4 28h18l-6 16" />
    </>
  ),

  // ── Miljö och återvinning ───────────────────────────────────
  /** Återvinning och sortering: a bottle and a paper into two different bins. */
  "atervinning-och-sortering": (
    <>
      <path d="M8 30h22M30 30l-3 28H11L8 30M36 30h22M58 30l-3 28H39l-3-28" />
      <path d="M15 26h8M43 26h8" />
      <path d="M17 38v12M21 38v12M45 38v12M49 38v12" />
      <path d="M17 20V12l2-3V5h2v4l2 3v8z" />
      <path d="M40 8l14 4-3 10-14-4z" />
    </>
  ),

  // ── Natur, djur och odling ──────────────────────────────────
  /** Trädgård och park: a tree and a wheelbarrow. */
  "tradgard-och-park": (
    <>
      <path d="M18 58V34M18 42l-6-6M18 38l6-5" />
      <path d="M10 34a10 10 0 0 1-2-18 12 12 0 0 1 20-4 10 10 0 0 1 2 18 10 10 0 0 1-20 4z" />
      <path d="M30 38h24l-6 10H36z" />
      <circle cx={40} cy={54} r={4} />
      <path d="M48 48l12-6M42 48l-2 3" />
    </>
  ),
  /** Växthus och odling: a greenhouse with a seedling. */
  "vaxthus-och-odling": (
    <>
      <path d="M8 58V28L32 10l24 18v30z" />
      <path d="M8 28h48M20 28v30M44 28v30M32 10v18" />
      <path d="M26 50h12l-2 8h-8z" />
      <path d="M32 50v-10M32 42c-4 0-6-2-6-6 4 0 6 2 6 6M32 40c0-4 2-6 6-6 0 4-2 6-6 6" />
    </>
  ),
  /** Stall och lantbruksdjur: a cow. */
  "stall-och-lantbruksdjur": (
    <>
      <path d="M20 18h24c3 8 3 16 0 24H20c-3-8-3-16 0-24z" />
      <path d="M18 46c0-4 6-6 14-6s14 2 14 6-6 10-14 10-14-6-14-10z" />
      <Dot x={27} y={48} r={2} />
      <Dot x={37} y={48} r={2} />
      <Dot x={26} y={28} r={2.25} />
      <Dot x={38} y={28} r={2.25} />
      <path d="M20 22L8 20l4 8 7 0M44 22l12-2-4 8-7 0" />
      <path d="M22 18c-2-6-6-10-10-10M42 18c2-6 6-10 10-10" />
    </>
  ),
  /** Hunddagis och djurpensionat: a happy dog with a ball. */
  "hunddagis-och-djurpensionat": (
    <>
      <path d="M40 30H18a6 6 0 0 0 0 12h22" />
      <path d="M40 42V20a5 5 0 0 1 5-5h5l8 7-2 4h-8v6c0 4-1 7-3 10" />
      <Solid d="M43 15c-4 2-6 9-2 13 3-4 4-9 2-13z" />
      <Dot x={49} y={20} r={1.8} />
      <Dot x={58} y={22} r={2.2} />
      <path d="M20 42v12M26 42v12M34 42v12M40 42v12" />
      <path d="M13 33c-4-2-7-6-7-11" />
      <circle cx={54} cy={52} r={5} />
    </>
  ),
  /** Skogsröjning: a spruce and a tree stump with an axe. */
  "skogsrojning": (
    <>
      <path d="M16 6L6 22h6L4 34h8L4 46h24l-8-12h8l-8-12h6z" />
      <path d="M16 46v12" />
      <path d="M36 58V42h20v16" />
      <path d="M36 42c0 2 4 4 10 4s10-2 10-4-4-4-10-4-10 2-10 4z" />
      <path d="M46 40L56 14" />
      <path d="M50 18l-6-4 4-8 10 4" />
    </>
  ),
  /** Bärplockning och plantering: a berry twig and a pail of berries. */
  "barplockning-och-plantering": (
    <>
      <path d="M8 8c6 8 10 18 10 30" />
      <path d="M12 16c-4 2-6 6-4 10 4-2 6-6 4-10zM16 26c4 0 8 2 8 6-4 0-8-2-8-6z" />
      <Dot x={14} y={40} r={3} />
      <Dot x={20} y={42} r={3} />
      <Dot x={16} y={46} r={3} />
      <path d="M30 34h26l-3 22H33z" />
      <path d={arc(43, 34, 12, 280, 80)} />
      <Dot x={37} y={31} r={3} />
      <Dot x={43} y={30} r={3} />
      <Dot x={49} y={31} r={3} />
    </>
  ),

  // ── Hantverk ─────────────────────────────────────────────────
  /** Snickeri och möbelrenovering: a wooden chair and a hammer. */
  "snickeri-och-mobelrenovering": (
    <>
      <path d="M10 6c3 9 4 18 4 28v22M14 34h22v22M14 47h22" />
      <path d="M10 6l4-1" />
      <g transform="rotate(-20 46 14)">
        <rect x={37} y={10} width={18} height={8} rx={2} />
        <path d="M46 18v34" />
      </g>
    </>
  ),
  /** Sömnad och textil: a sewing machine. */
  "somnad-och-textil": (
    <>
      <path d="M4 54h56" />
      <path d="M48 48V18a6 6 0 0 0-6-6H14a6 6 0 0 0-6 6v10h8v-4h24v24z" />
      <path d="M12 28v10" />
      <path d="M8 48h48" />
      <circle cx={52} cy={26} r={5} />
      <path d="M26 12V6h6v6" />
    </>
  ),
  /** Måla: painting a wall with a roller. */
  "mala": (
    <>
      <rect x={10} y={8} width={32} height={12} rx={3} />
      <path d="M42 14h6v12l-18 4v6" />
      <rect x={27} y={36} width={6} height={20} rx={2} />
      <path d="M44 42h14l-2 16H46z" />
      <path d="M48 42c0 4 2 4 2 6" />
    </>
  ),
  /** Konsthantverk: a clay vase on a potter's wheel. */
  "konsthantverk": (
    <>
      <path d="M26 10h12c0 4-2 5-2 8 8 4 11 12 9 20-1 5-6 8-13 8s-12-3-13-8c-2-8 1-16 9-20 0-3-2-4-2-8z" />
      <ellipse cx={32} cy={51} rx={24} ry={4} />
      <path d="M24 55v3h16v-3" />
      <path d="M44 28c2 4 2 8 0 12" />
    </>
  ),

  // ── Montering och teknik ────────────────────────────────────
  /** Montera elektronik: a circuit board with a chip. */
  "montera-elektronik": (
    <>
      <rect x={6} y={12} width={44} height={40} rx={3} />
      <rect x={16} y={22} width={16} height={16} rx={1} />
      <path d="M20 22v-4M28 22v-4M20 38v4M28 38v4M16 26h-4M16 34h-4M32 26h4M32 34h4" />
      <path d="M36 30h6v-8" />
      <Dot x={42} y={20} r={2.5} />
      <Dot x={42} y={44} r={2.5} />
      <path d="M32 44h10" />
      <path d="M44 44l5 5" />
      <rect x={49} y={47} width={12} height={6} rx={3} transform="rotate(45 55 50)" />
    </>
  ),
  /** Hjälpa till på bilverkstad: a car wheel and a spanner. */
  "hjalpa-till-pa-bilverkstad": (
    <>
      <circle cx={24} cy={40} r={18} />
      <circle cx={24} cy={40} r={8} />
      <Dot x={24} y={40} r={2.5} />
      <Spanner x={50} y={14} deg={225} length={20} />
    </>
  ),

  // ── Bygg ─────────────────────────────────────────────────────
  /** Grovarbete på bygge: a hard hat above a brick wall. */
  "grovarbete-pa-bygge": (
    <>
      <path d="M14 28a18 18 0 0 1 36 0" />
      <path d="M8 28h48" />
      <path d="M28 12v8M36 12v8" />
      <path d="M6 36h52v22H6zM6 47h52M20 36v11M38 36v11M54 36v11M12 47v11M28 47v11M46 47v11" />
    </>
  ),

  // ── Kontor och IT ────────────────────────────────────────────
  /** Kontorsassistent: skanna och arkivera — a paper into the scanner, then into binders. */
  "kontorsassistent-skanna-och-arkivera": (
    <>
      <rect x={4} y={34} width={28} height={22} rx={3} />
      <path d="M4 42h28" />
      <Dot x={25} y={49} r={2} />
      <path d="M10 34V8h16v26" />
      <path d="M14 15h8M14 21h8M14 27h5" />
      <rect x={36} y={8} width={8} height={48} rx={1} />
      <rect x={48} y={8} width={8} height={48} rx={1} />
      <circle cx={40} cy={40} r={2} />
      <circle cx={52} cy={40} r={2} />
      <path d="M38 16h4M50 16h4" />
    </>
  ),
  /** Reception: a receptionist behind the desk, with a service bell. */
  "reception": (
    <>
      <Bust x={20} y={14} r={6} width={11} />
      <path d="M4 36h56" />
      <path d="M8 36v22h48V36" />
      <path d="M40 32a8 8 0 0 1 16 0z" />
      <path d="M48 24v-3" />
    </>
  ),
  /** Kundtjänst och telefon: a telephone receiver and a conversation. */
  "kundtjanst-och-telefon": (
    <>
      <path d="M12 18c-4 2-6 6-5 10 3 12 14 24 26 27 4 1 8-1 10-5l-8-8-6 3c-5-3-9-7-11-12l3-6-8-8z" />
      <path d="M36 6h20a4 4 0 0 1 4 4v10a4 4 0 0 1-4 4H44l-6 6v-6h-2a4 4 0 0 1-4-4V10a4 4 0 0 1 4-4z" />
      <Dot x={40} y={15} r={1.8} />
      <Dot x={46} y={15} r={1.8} />
      <Dot x={52} y={15} r={1.8} />
    </>
  ),
  /** Enkel IT-support: fixing a laptop with a spanner. */
  "enkel-it-support": (
    <>
      <rect x={12} y={12} width={40} height={28} rx={2} />
      <path d="M4 48h56l-4-8H8z" />
      <Spanner x={37} y={21} deg={225} length={13} s={0.8} />
    </>
  ),

  // ── Kultur och fritid ───────────────────────────────────────
  /** Bibliotek: ställa upp böcker — putting a book back on the shelf. */
  "bibliotek-stalla-upp-bocker": (
    <>
      <path d="M4 58h56M4 30h56" />
      <rect x={8} y={10} width={7} height={20} />
      <rect x={15} y={14} width={7} height={16} />
      <rect x={22} y={8} width={7} height={22} />
      <path d="M40 30l6-20 7 2-6 18" />
      <rect x={8} y={38} width={7} height={20} />
      <rect x={15} y={36} width={7} height={22} />
      <rect x={30} y={40} width={7} height={18} />
      <rect x={37} y={36} width={7} height={22} />
      <rect x={44} y={40} width={7} height={18} />
    </>
  ),
  /** Fritidsledare och idrottshall: a basketball hoop and ball. */
  "fritidsledare-och-idrottshall": (
    <>
      <rect x={30} y={6} width={28} height={20} rx={2} />
      <path d="M38 26h12M38 26l2 12h8l2-12M42 26l1 12M46 26l-1 12" />
      <circle cx={18} cy={44} r={12} />
      <path d="M6 44h24M18 32v24M10 36c4 4 4 12 0 16M26 36c-4 4-4 12 0 16" />
    </>
  ),

  // ── Vård och omsorg ─────────────────────────────────────────
  /** Vårdbiträde och sällskap: walking arm in arm with an older person who has a cane. */
  "vardbitrade-och-sallskap": (
    <>
      <Figure x={20} y={14} lean={-3} left={[-4, 7, -9, 14]} right={[5, 6, 12, 4]} />
      <path d="M11 39v19" />
      <Figure x={42} y={12} left={[-6, 6, -10, 8]} />
      <path d="M28 6c-2-3-6-1-4 2l4 4 4-4c2-3-2-5-4-2z" />
    </>
  ),
  /** Elevassistent: an adult helping a child at the board. */
  "elevassistent": (
    <>
      <rect x={26} y={6} width={34} height={22} rx={2} />
      <path d="M32 14h10M32 20h16" />
      <Figure x={14} y={14} right={[6, -2, 12, -6]} />
      <Head x={44} y={35} />
      <path d="M44 42v9M44 51l-4 7M44 51l4 7M44 44l-5 6M44 44l5 6" />
    </>
  ),
};

/** True when the card id has its own drawing (not the neutral fallback). */
export function hasOccupationCardPictogram(cardId: string): boolean {
  return Object.hasOwn(OCCUPATION_CARD_ICONS, cardId);
}
