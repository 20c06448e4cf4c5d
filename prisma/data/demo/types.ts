// The shapes of the demo data files beside this one. Plain data: no ids, no dates. Entities name each other by
// natural keys (an organisation's key, a user's email, a placement's title, a participant's code), and every moment
// is counted in days from the `now` the demo world is built for (prisma/demo-data.ts), so the world moves with it.
// Weekdays are written "MON-FRI" (a range) or "MON,WED,FRI" (a list).
import type {
  AssignmentOutcome,
  CardAnswer,
  ConsentScope,
  DeclineReason,
  FollowUpMode,
  OrganizationKind,
  ParticipantStage,
  PlacementKind,
  PlacementStatus,
  ProgressArea,
  ProposalStatus,
  Role,
} from "../../../generated/prisma/client.ts";

export interface DemoOrganization {
  key: string;
  name: string;
  kind: OrganizationKind;
  /** SCB kommunkod */
  kommun: string;
  address: string;
  website?: string;
  description: string;
  /** When it joined (09:00 UTC); its member joined with it. */
  joinedDaysAgo: number;
  /** The handledare on site named in every placement of the organisation. */
  mentor: { name: string; phone: string; email: string };
}

export interface DemoUser {
  email: string;
  name: string;
  roles: Role[];
  /** The key of the organisation the user is a member of. */
  organization?: string;
}

export interface DemoPlacement {
  /** The organisation's key. */
  org: string;
  kind?: PlacementKind; // default WORK_TRAINING
  status?: PlacementStatus; // default PUBLISHED
  title: string;
  description: string;
  tasks: string[];
  requirements?: string;
  /** Yrkeskort ids (prisma/data/yrkeskort.csv). */
  cards: string[];
  /** Adaptation codes (prisma/data/anpassningar.csv). */
  adaptations: string[];
  /** Hours per day, least and most. */
  hours: [number, number];
  days?: string; // default MON-FRI
  /** Earliest start and latest end, whole hours; default 8–16. */
  time?: [number, number];
  capacity: number;
  startInDays?: number;
  endInDays?: number;
  /** Latitude, longitude (WGS84). */
  position: [number, number];
  /** Created at 10:00 UTC. */
  createdDaysAgo: number;
  /** Published at 10:00 UTC; none for a draft. */
  publishedDaysAgo?: number;
  /** Last confirmed as still current, at 11:00 UTC; default: when it was published (never confirmed since). */
  confirmedDaysAgo?: number;
}

export interface DemoParticipant {
  code: string;
  name: string;
  kommun: string;
  /** Emails of the jobbcoach and the SE-handledare. */
  coach: string;
  supportWorker?: string;
  stage: ParticipantStage;
  /** Hours per day at most, and on which days. */
  hours: number;
  days: string;
  /** The kommuner the participant can travel to, or how far from home (the kommun centre). */
  travel: { kommuner: string[] } | { radiusKm: number };
  needs: { code: string; mustHave: boolean }[];
  interests: string[];
  interestsText: string;
  avoidAreas?: string[];
  avoidText?: string;
  /** Yrkeskort ids the participant does not want. */
  avoidCards?: string[];
  goals: string;
  /** Registered at 09:00 UTC. */
  createdDaysAgo: number;
}

export interface DemoConsent {
  participant: string;
  /** Given (and recorded) at 09:00 UTC. */
  givenDaysAgo: number;
  scopes: ConsentScope[];
  /** Scopes withdrawn since, and when (09:00 UTC). */
  withdrawnDaysAgo?: Partial<Record<ConsentScope, number>>;
}

export type DemoCardChoice = [card: string, answer: CardAnswer, comment?: string];

export interface DemoCardSort {
  participant: string;
  sessions: { startedDaysAgo: number; choices: DemoCardChoice[] }[];
}

export interface DemoProposal {
  participant: string;
  /** The placement's title. */
  placement: string;
  status: ProposalStatus;
  daysAgo: number;
  declineReason?: DeclineReason;
  message: string;
  notes?: Partial<Record<ProposalStatus, string>>;
}

export interface DemoAssignment {
  participant: string;
  /** The placement's title; the participant's proposal to it was placed. */
  placement: string;
  hours: number;
  days: string;
  plannedEndInDays?: number;
  ended?: { daysAgo: number; outcome: AssignmentOutcome };
  goals: string;
  questions: string;
}

export interface DemoFollowUp {
  participant: string;
  daysAgo: number;
  mode: FollowUpMode;
  attendees: string;
  notes: string;
  nextSteps: string;
  nextInDays?: number;
  ratings?: Partial<Record<ProgressArea, number>>;
}
