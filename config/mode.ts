/**
 * The one runtime source of truth for the mode the app runs in. Read from the real environment at call time: the
 * Remix build replaces the literal `process.env.NODE_ENV` with "production" in the server bundle, so nothing that the
 * bundle includes may read that expression directly. Reading through a variable keeps the bundler's hands off it.
 */
export type Mode = "development" | "test" | "production";

const environment: NodeJS.ProcessEnv = process.env;

export function mode(): Mode {
  const value = environment["NODE_ENV"];
  return value === "production" || value === "test" ? value : "development";
}

export function isProduction(): boolean {
  return mode() === "production";
}
