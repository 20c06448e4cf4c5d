import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const routes = path.resolve(import.meta.dirname, "../../app/routes");
/** The API: a resource route whose errors are GraphQL responses. An ErrorBoundary would make Remix render it as a page. */
const API = "graphql.ts";

describe("route error pages", () => {
  const files = readdirSync(routes).filter((file) => /\.tsx?$/.test(file) && file !== API);

  it.each(files)("%s exports an ErrorBoundary", async (file) => {
    const route = (await import(path.join(routes, file))) as { ErrorBoundary?: unknown };
    expect(typeof route.ErrorBoundary).toBe("function");
  });

  it("leaves the API route without one, so Remix keeps serving it as a resource route", async () => {
    expect(files.length).toBeGreaterThan(20);
    expect("ErrorBoundary" in (await import(path.join(routes, API)))).toBe(false);
  });
});
