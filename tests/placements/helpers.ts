// Shared pieces of the placement tests: a complete input and the fields the tests read back.
export const PLACEMENT_FIELDS = /* GraphQL */ `
  id title status kind kommunCode latitude longitude capacity freeSpots hoursPerDayMin hoursPerDayMax
  weekdays earliestStartMinute latestEndMinute startDate endDate description tasks mentorName requirements
  publishedAt confirmedAt needsConfirmation stale
  adaptations { code } occupationCards { id }
`;

export const CREATE = /* GraphQL */ `
  mutation Create($input: CreatePlacementInput!) { createPlacement(input: $input) { ${PLACEMENT_FIELDS} } }
`;
export const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdatePlacementInput!) { updatePlacement(input: $input) { ${PLACEMENT_FIELDS} } }
`;
export const step = (name: string) => /* GraphQL */ `mutation Step($id: ID!) { ${name}(id: $id) { ${PLACEMENT_FIELDS} } }`;

/** Everything publishing asks for. */
export function completeInput(organizationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organizationId,
    kind: "WORK_TRAINING",
    title: "Sortera skänkta kläder",
    description: "Du sorterar kläder som folk har skänkt. Vi visar dig hur.",
    tasks: ["Sortera kläder", "Hänga upp på galgar"],
    occupationCardIds: ["second-hand-butik"],
    adaptationCodes: ["QUIET_ENVIRONMENT", "OWN_PACE"],
    weekdays: ["MON", "TUE", "WED"],
    earliestStartMinute: 9 * 60,
    latestEndMinute: 15 * 60,
    hoursPerDayMin: 2,
    hoursPerDayMax: 4,
    capacity: 2,
    address: "Storgatan 1, 821 30 Bollnäs",
    kommunCode: "2183",
    mentorName: "Anna Handledare",
    ...overrides,
  };
}

export function fieldErrorsOf(errors: { extensions?: Record<string, unknown> }[] | undefined): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors ?? []) {
    for (const { field, message } of (error.extensions?.fieldErrors as { field: string; message: string }[] | undefined) ?? []) fields[field] = message;
  }
  return fields;
}

const HEADER = "referens,typ,rubrik,beskrivning,arbetsuppgifter,yrkeskort,anpassningar,veckodagar,starttid,sluttid,timmar_min,timmar_max,antal_platser,adress,kommun,handledare";

/** 50 rows; rows 12, 30 and 45 of the file (data rows 11, 29 and 44) are wrong in one way each. */
export function fiftyRows(): string {
  const lines = [HEADER];
  for (let n = 1; n <= 50; n++) {
    const cells = {
      referens: `REF-${n}`,
      typ: n % 2 ? "arbetsträning" : "Praktik",
      rubrik: `Plats nummer ${n}`,
      beskrivning: `"Du hjälper till, steg för steg."`,
      arbetsuppgifter: "Plocka varor|Packa lådor",
      yrkeskort: n % 3 ? "plocka-och-packa-pa-lager" : "Baka",
      anpassningar: "FIXED_TIMES|Bildstöd",
      veckodagar: "mån-fre",
      starttid: "08:00",
      sluttid: "16:00",
      timmar_min: `"2,5"`,
      timmar_max: "4",
      antal_platser: "2",
      adress: "Storgatan 1",
      kommun: n % 2 ? "Bollnäs" : "2183",
      handledare: "Peter Ström",
    };
    if (n === 11) cells.rubrik = "";
    if (n === 29) cells.timmar_max = "1";
    if (n === 44) cells.kommun = "Atlantis";
    lines.push(Object.values(cells).join(","));
  }
  return lines.join("\n");
}
