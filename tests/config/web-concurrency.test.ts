/**
 * How many workers `npm start` runs (scripts/cluster.ts): WEB_CONCURRENCY when set; else in production one per core,
 * less one when PostgreSQL runs on the same host (it needs a core: measured in bench:http, decision 0020).
 */
import { describe, expect, it, vi } from "vitest";
import { databaseOnThisHost, webConcurrency } from "../../scripts/cluster.ts";

const REMOTE = "postgresql://stegvis@db.kommun.se:5432/stegvis";
const LOCAL = "postgresql://postgres@127.0.0.1:5432/stegvis";


describe("the number of workers", () => {
  it("is one per core in production with PostgreSQL elsewhere, and one less with PostgreSQL on this host", () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    expect(webConcurrency({ embedded: false, production: true, databaseUrl: REMOTE }, {}, 4)).toBe(4);
    expect(webConcurrency({ embedded: false, production: true, databaseUrl: LOCAL }, {}, 4)).toBe(3);
    expect(webConcurrency({ embedded: false, production: true, databaseUrl: LOCAL }, {}, 2)).toBe(1);
    expect(webConcurrency({ embedded: false, production: true, databaseUrl: LOCAL }, {}, 1)).toBe(1);
    expect(console.info).toHaveBeenCalledWith(expect.stringContaining("workers: 3 of 4 cores"));
  });

  it("is what WEB_CONCURRENCY says, wherever PostgreSQL runs; 1 outside production and on the embedded database", () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    expect(webConcurrency({ embedded: false, production: true, databaseUrl: LOCAL }, { WEB_CONCURRENCY: "2" }, 2)).toBe(2);
    expect(webConcurrency({ embedded: false, production: false, databaseUrl: REMOTE }, {}, 4)).toBe(1);
    expect(webConcurrency({ embedded: true, production: true }, { WEB_CONCURRENCY: "3" }, 4)).toBe(1);
    expect(() => webConcurrency({ embedded: false, production: true, databaseUrl: REMOTE }, { WEB_CONCURRENCY: "två" }, 4)).toThrow(
      'WEB_CONCURRENCY must be a whole number of at least 1, not "två"',
    );
  });

  it("counts localhost, loopback addresses and Unix sockets as this host", () => {
    expect(databaseOnThisHost("postgresql://postgres@localhost/stegvis")).toBe(true);
    expect(databaseOnThisHost("postgres://postgres@127.0.0.1:55432/stegvis?schema=app")).toBe(true);
    expect(databaseOnThisHost("postgresql://postgres@[::1]:5432/stegvis")).toBe(true);
    expect(databaseOnThisHost("postgresql://postgres@%2Frun%2Fpostgresql/stegvis")).toBe(true);
    expect(databaseOnThisHost(REMOTE)).toBe(false);
    expect(databaseOnThisHost("postgresql://stegvis@10.0.0.5/stegvis")).toBe(false);
    expect(databaseOnThisHost("inte en adress")).toBe(false);
  });
});
