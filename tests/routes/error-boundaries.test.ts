import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const routes = path.resolve(import.meta.dirname, "../../app/routes");
/**
 * Resource routes: the attendance export and the statistics CSV, which answer with a file (or an HTTP error status).
 * An ErrorBoundary would make Remix render them as pages. (`/graphql` is served by Express, before Remix.)
 */
const RESOURCE_ROUTES = ["export.narvaro.tsx", "statistik[.]csv.tsx"];

describe("route error pages", () => {
  const files = readdirSync(routes).filter((file) => /\.tsx?$/.test(file) && !RESOURCE_ROUTES.includes(file));

  it.each(files)("%s exports an ErrorBoundary", async (file) => {
    const route = (await import(path.join(routes, file))) as { ErrorBoundary?: unknown };
    expect(typeof route.ErrorBoundary).toBe("function");
  });

  it.each(RESOURCE_ROUTES)("leaves %s without one, so Remix keeps serving it as a resource route", async (file) => {
    expect(files.length).toBeGreaterThan(20);
    expect("ErrorBoundary" in (await import(path.join(routes, file)))).toBe(false);
  });
});
