/**
 * The statuses of a proposal and the sets of them that rules name: open, standing, placeable, the pipeline. One
 * definition for the API (access, transitions, filters) and the pages. Browser-safe, imports nothing.
 */
export const proposalStatuses = ["SUGGESTED", "CONTACTED", "VISIT", "TRIAL", "PLACED", "DECLINED", "WITHDRAWN"] as const;
export type ProposalStatusCode = (typeof proposalStatuses)[number];

/** The forward pipeline; DECLINED and WITHDRAWN end it from any open step. */
export const PIPELINE = ["SUGGESTED", "CONTACTED", "VISIT", "TRIAL", "PLACED"] as const satisfies readonly ProposalStatusCode[];

/** Still on its way: the organisation may see the participant, the coach may move it on or withdraw it. */
export const OPEN_STATUSES = ["SUGGESTED", "CONTACTED", "VISIT", "TRIAL"] as const satisfies readonly ProposalStatusCode[];

/** Open or placed: neither declined nor withdrawn, so the placement is already proposed (or taken) for the participant. */
export const STANDING_STATUSES = [...OPEN_STATUSES, "PLACED"] as const satisfies readonly ProposalStatusCode[];

/** The steps a coach moves a proposal to by hand; PLACED comes only with an assignment. */
export const advanceSteps = ["CONTACTED", "VISIT", "TRIAL"] as const satisfies readonly ProposalStatusCode[];

/** Steps from which an assignment may start. */
export const placeableFrom = ["CONTACTED", "VISIT", "TRIAL"] as const satisfies readonly ProposalStatusCode[];

export const isOpenStatus = (status: string): boolean => (OPEN_STATUSES as readonly string[]).includes(status);
export const isStandingStatus = (status: string): boolean => (STANDING_STATUSES as readonly string[]).includes(status);
