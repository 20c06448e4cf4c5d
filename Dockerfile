# syntax=docker/dockerfile:1
# The Stegvis app in production. Not built or run on the development machines (Docker cannot run there): its steps
# are the ones CI runs (npm ci, remix build) and the README's Deploy section. Configure it with the environment
# variables listed there (DATABASE_URL, PUBLIC_URL, TRUST_PROXY, MEILI_URL, MEILI_API_KEY); create the first
# administrator with `docker exec -it <container> npm run admin:create -- --email namn@kommun.se`.

FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
# Dependencies first, for the layer cache. The postinstall step (prisma generate) reads the Prisma schema and config.
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx --no-install remix build && npm prune --omit=dev --no-audit --no-fund

FROM node:20.20.2-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build --chown=root:root /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The server build (remix.config.js `server`: scripts/start.ts bundled with the app), as `npm start` runs it; not
# `npm start` itself, which would check the build against its sources. Migrations are applied at every start.
CMD ["node", "build/index.js"]
