# syntax=docker/dockerfile:1
# One image for every process: the API (default), the projector, migrations and the operator CLI.
# The command names the file to run, e.g. `dist/apps/projector/src/main.js` (see deploy/README.md).
# Node.js 20: the line the tests run on; every production dependency's `engines` accepts it (checked by test/deploy).
ARG NODE_IMAGE=node:20-bookworm-slim

# Build: every dependency, then the server (dist/apps, dist/libs, dist/scripts) and the pages (dist/web).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Production dependencies only. Optional ones are the embedded PostgreSQL binaries (a deployment
# always names its DATABASE_URL) and packages for other platforms.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Uploaded photos live under DATA_DIR/files: created here so a fresh volume belongs to the app user.
RUN mkdir -p /var/lib/cloud-warehouse/files && chown -R node:node /var/lib/cloud-warehouse
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist/apps ./dist/apps
COPY --from=build /app/dist/libs ./dist/libs
COPY --from=build /app/dist/scripts ./dist/scripts
COPY --from=build /app/dist/web ./dist/web
# The node image's unprivileged user (uid 1000); nothing in /app is writable by it.
USER node
EXPOSE 3000
ENTRYPOINT ["node"]
# The API under its heap cap (API_HEAP_MB in libs/platform/src/process/api-heap.ts).
CMD ["--max-old-space-size=512", "dist/apps/api/src/main.js"]
