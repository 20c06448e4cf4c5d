import { defineConfig } from "vitest/config";

export default defineConfig({
  // One graphql module for everybody: Vite would otherwise give our files graphql's .mjs build while externalised
  // packages (Pothos, Yoga) load its CommonJS build, and graphql refuses schemas from "another realm".
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/console.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globals: false,
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
  },
});
