/** @type {import('@remix-run/dev').AppConfig} */
export default {
  // The server build is the whole server (docs/decisions/0025): scripts/start.ts bundled with the app, graphql/,
  // search/ and prisma/ into build/index.js, one copy of each module, packages left in node_modules. `npm start` and
  // the Dockerfile run it with plain node (no tsx), and /graphql and the loaders share one GraphQL schema.
  server: "./scripts/start.ts",
  serverModuleFormat: "esm",
  // date-fns's index loads all its ~250 functions (~12 MB); bundled, only the few we use are kept.
  serverDependenciesToBundle: [/^date-fns(\/|$)/],
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
