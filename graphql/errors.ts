import { GraphQLError } from "graphql";
import type { FieldError } from "./validation/common.ts";

/**
 * Expected failures. Each is a GraphQLError, so Yoga passes it through its error masking (every other error is
 * masked), and each carries a stable `extensions.code` that API clients switch on. Messages are Swedish, for people.
 * The public contract's return types (API.md) cannot be unions, so errors travel in `errors[]`, never in data.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "INVALID_CREDENTIALS"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION_FAILED"
  | "RATE_LIMITED"
  | "QUERY_TOO_COMPLEX"
  | "CONFLICT"
  | "CONSENT_REQUIRED"
  | "ATTENDANCE_CONFLICT"
  | "REPORT_LOCKED"
  | "REPORT_STATE"
  | "ATTENDANCE_INCOMPLETE";

export type { FieldError } from "./validation/common.ts";

export class StegvisError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UnauthenticatedError extends StegvisError {
  constructor(message = "Du behöver logga in.") {
    super("UNAUTHENTICATED", message);
  }
}

export class ForbiddenError extends StegvisError {
  constructor(message = "Du har inte behörighet att se eller ändra det här.") {
    super("FORBIDDEN", message);
  }
}

export class NotFoundError extends StegvisError {
  constructor(what: string) {
    super("NOT_FOUND", `${what} finns inte.`);
  }
}

export class ValidationError extends StegvisError {
  readonly fieldErrors: FieldError[];
  constructor(fieldErrors: FieldError[], message = "Något behöver rättas. Se felen vid varje fält.") {
    super("VALIDATION_FAILED", message, { fieldErrors });
    this.fieldErrors = fieldErrors;
  }
}

export class RateLimitedError extends StegvisError {
  constructor(message = "För många försök. Vänta en stund och försök igen.") {
    super("RATE_LIMITED", message);
  }
}

export class QueryTooComplexError extends StegvisError {
  constructor(message: string) {
    super("QUERY_TOO_COMPLEX", message);
  }
}

export class InvalidCredentialsError extends StegvisError {
  constructor() {
    // The same words whether the email exists or not.
    super("INVALID_CREDENTIALS", "Fel e-postadress eller lösenord.");
  }
}

/** The request clashes with the current state (a step out of order, a duplicate, a full placement). */
export class ConflictError extends StegvisError {
  constructor(message: string) {
    super("CONFLICT", message);
  }
}

/** The participant's consent does not cover what was asked (e.g. sharing with an employer). Nothing is written. */
export class ConsentRequiredError extends StegvisError {
  constructor(message: string) {
    super("CONSENT_REQUIRED", message);
  }
}

/** What changed in one assignment's month since the caller loaded it. */
export interface AttendanceConflict {
  assignmentId: string;
  participantName: string | null;
  /** The days written since the revision the caller sent, yyyy-mm-dd. */
  dates: string[];
  revision: number;
  savedBy: string | null;
  savedAt: string | null;
}

/**
 * A save based on an older revision of a month than the one stored: someone saved in between. Nothing is written;
 * `conflicts` names each row, its changed days and who saved, so the caller can reload and redo its change.
 */
export class AttendanceConflictError extends StegvisError {
  constructor(message: string, conflicts: AttendanceConflict[]) {
    super("ATTENDANCE_CONFLICT", message, { conflicts });
  }
}

/** A change to the days of a month whose report is submitted or approved: only an amendment may change them. */
export class ReportLockedError extends StegvisError {
  constructor(
    message = "Månadsrapporten är inskickad och låst. Efter godkännande kan den bara ändras med en rättelse.",
    locked: { assignmentId: string; month: string; status: string }[] = [],
  ) {
    super("REPORT_LOCKED", message, { locked });
  }
}

/** The report is not in a state that allows the step (approving a draft, amending a report that is not approved). */
export class ReportStateError extends StegvisError {
  constructor(message: string) {
    super("REPORT_STATE", message);
  }
}

/** Scheduled days without attendance: the report cannot be submitted. `missingDays` lists them (yyyy-mm-dd). */
export class AttendanceIncompleteError extends StegvisError {
  constructor(message: string, missingDays: string[]) {
    super("ATTENDANCE_INCOMPLETE", message, { missingDays });
  }
}
