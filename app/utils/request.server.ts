/** What the HTTP server (scripts/start.ts) hands every loader and action. */
export interface AppLoadContext {
  clientAddress: string;
}

export function clientAddressOf(context: unknown): string {
  return (context as Partial<AppLoadContext> | undefined)?.clientAddress ?? "unknown";
}
