# syntax=docker/dockerfile:1
# Build stage: install with the lockfile, generate the Prisma client,
# type-check and compile; then drop dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc prisma.config.ts ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json eslint.config.js ./
COPY src ./src
COPY handlers ./handlers
COPY connectors ./connectors
COPY reports ./reports
COPY test ./test
RUN npx tsc --noEmit && npx tsc -p tsconfig.build.json && npm prune --omit=dev --ignore-scripts

# Runtime: no compiler toolchain, no sources, a non-root user, data on a volume.
FROM node:20-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
RUN groupadd --system kontor && useradd --system --gid kontor --home-dir /app kontor \
  && mkdir -p /data && chown kontor:kontor /data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
USER kontor
VOLUME ["/data"]
EXPOSE 8080
# Fails when the process hangs or loses its database: src/jobs/alive-file.ts
# rewrites this file every 30 s only while both work (polling and webhook mode).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "const s=require('fs').statSync(require('path').join(process.env.DATA_DIR||'/data','kontor.alive'));process.exit(Date.now()-s.mtimeMs<120000?0:1)"]
# comdirect sends the photoTAN picture in a response header, larger than Node's 16 KiB default.
CMD ["node", "--max-http-header-size=65536", "dist/src/main.js"]
