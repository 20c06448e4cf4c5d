/** What the HTTP server (scripts/start.ts, through scripts/http-edge.ts) hands every loader and action. */
export type AppLoadContext = {
  clientAddress: string;
  /** This response's Content-Security-Policy script nonce. */
  cspNonce: string;
};

export function clientAddressOf(context: unknown): string {
  return (context as Partial<AppLoadContext> | undefined)?.clientAddress ?? "unknown";
}

export function cspNonceOf(context: unknown): string {
  return (context as Partial<AppLoadContext> | undefined)?.cspNonce ?? "";
}
