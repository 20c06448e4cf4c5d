import { systemClock, type Clock } from "../../lib/dates.ts";

/** What the HTTP server (scripts/start.ts, through scripts/http-edge.ts) hands every loader and action. */
export type AppLoadContext = {
  clientAddress: string;
  /** This response's Content-Security-Policy script nonce. */
  cspNonce: string;
  /** Where "today" comes from; the system clock unless a test passes a fixed one. */
  clock?: Clock;
};

export function clientAddressOf(context: unknown): string {
  return (context as Partial<AppLoadContext> | undefined)?.clientAddress ?? "unknown";
}

export function cspNonceOf(context: unknown): string {
  return (context as Partial<AppLoadContext> | undefined)?.cspNonce ?? "";
}

export function clockOf(context: unknown): Clock {
  return (context as Partial<AppLoadContext> | undefined)?.clock ?? systemClock;
}
