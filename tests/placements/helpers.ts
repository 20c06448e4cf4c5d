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
