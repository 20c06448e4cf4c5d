import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const routes = path.resolve(import.meta.dirname, "../../app/routes");
/**
 * Resource routes: the API, whose errors are GraphQL responses, and the attendance export, which answers with a file
 * (or an HTTP error status). An ErrorBoundary would make Remix render them as pages.
 */
const RESOURCE_ROUTES = ["graphql.ts", "export.narvaro.tsx"];

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
