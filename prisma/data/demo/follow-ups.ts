// Supported Employment follow-ups by the participant's support worker, in the order of their ids (demo-fu-<n>). A
// follow-up belongs to the participant's assignment that was running that day, if any; the ratings are 1–10 per area.
import type { DemoFollowUp } from "./types.ts";

export const FOLLOW_UPS: DemoFollowUp[] = [
  {
    participant: "BOL-0001", daysAgo: 78, mode: "WORKPLACE_VISIT",
    attendees: "Emma, Annika (handledare på plats), Sara",
    notes: "Emma har kommit i tid varje dag. Hon tycker om disken men tycker att kassan är svår.",
    nextSteps: "Öva på kaffemaskinen med bildstöd. Fortsätta med disk.",
    ratings: { WORK_TASKS: 3, PHYSICAL: 5, MENTAL: 3, SOCIAL: 4, COMMUNICATION: 4, LEARNING: 4, ATTENDANCE: 5 },
  },
  {
    participant: "BOL-0001", daysAgo: 14, mode: "THREE_PARTY", attendees: "Emma, Annika, Jonas (coach), Sara",
    notes: "Emma gör kaffe själv nu och hälsar på gästerna. Hon vill prova fyra timmar om dagen.",
    nextSteps: "Öka till fyra timmar två dagar i veckan. Ny uppföljning om två veckor.", nextInDays: 14,
    ratings: { WORK_TASKS: 5, PHYSICAL: 6, MENTAL: 5, SOCIAL: 5, COMMUNICATION: 5, LEARNING: 6, ATTENDANCE: 7 },
  },
  {
    participant: "BOL-0002", daysAgo: 45, mode: "WORKPLACE_VISIT", attendees: "Ali, Peter (handledare på plats), Sara",
    notes: "Ali plockar snabbt och noggrant. Han behöver påminnelse om rasterna.",
    nextSteps: "Peter visar truckens säkerhetsregler. Sara ringer om tre veckor.", nextInDays: -10,
    ratings: { WORK_TASKS: 6, PHYSICAL: 6, MENTAL: 4, SOCIAL: 3, COMMUNICATION: 3, LEARNING: 5, ATTENDANCE: 6 },
  },
  {
    participant: "BOL-0012", daysAgo: 150, mode: "WORKPLACE_VISIT", attendees: "Ahmed, Eva (handledare på plats), Sara",
    notes: "Ahmed klarar morgonbaket själv. Eva vill gärna anställa honom till sommaren.",
    nextSteps: "Prata med Arbetsförmedlingen om lönebidrag.",
    ratings: { WORK_TASKS: 8, PHYSICAL: 7, MENTAL: 7, SOCIAL: 6, COMMUNICATION: 6, LEARNING: 8, ATTENDANCE: 9 },
  },
  {
    participant: "BOL-0012", daysAgo: 20, mode: "PHONE", attendees: "Ahmed, Sara",
    notes: "Ahmed har nu jobbat tre månader med anställning. Han trivs och har fått fler timmar.",
    nextSteps: "Ringa igen efter semestern.", nextInDays: 40, ratings: { WORK_TASKS: 8, MENTAL: 8, ATTENDANCE: 9 },
  },
  {
    participant: "MAL-0001", daysAgo: 12, mode: "DIGITAL", attendees: "Lina, Zeynep (handledare på plats), Sara",
    notes: "Lina tycker om odlingen. Hon är trött efter tre timmar men kommer varje dag.",
    nextSteps: "Prova en längre rast mitt i passet.", nextInDays: 18,
    ratings: { WORK_TASKS: 6, PHYSICAL: 4, MENTAL: 6, SOCIAL: 5, COMMUNICATION: 6, LEARNING: 6, ATTENDANCE: 8 },
  },
];
