# Node 24, the Active LTS line (Node 20 reached its end of life; several dependencies declare Node >= 22). CI runs the
# tests on Node 20 and Node 24 (package.json "engines").
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json .swcrc ./
COPY src ./src
COPY schema.graphql ./
COPY admin ./admin
COPY scripts/build-admin.mjs ./scripts/
# dist/main.js (the service), dist/cli.js (the command line) and admin/dist (the admin UI, built by Vite); then the
# production install: no development dependency, so neither the embedded PostgreSQL (its 60 MB of server binaries),
# nor the GraphiQL page, nor the UI's build tools.
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# OCR of scanned complaint documents: Tesseract with its Thai and English data, and pdftoppm for PDF pages. Without
# them the service still stores documents and says once, in its log, why it reads none.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-tha tesseract-ocr-eng poppler-utils \
  && rm -rf /var/lib/apt/lists/*
# In a container the published port reaches the service only through the container's own interface.
ENV HOST=0.0.0.0
# The news photos (DATA_DIR/news-photos) and scanned complaint documents (DATA_DIR/complaint-documents): a folder the image's user owns; Compose keeps it in a volume.
ENV DATA_DIR=/var/lib/damrong
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/admin/dist ./admin/dist
COPY package.json ./
RUN mkdir -p /var/lib/damrong && chown node:node /var/lib/damrong
USER node
VOLUME /var/lib/damrong
EXPOSE 3000
# Liveness, not readiness: a lagging or failed projection is no reason to restart the process (an orchestrator that
# restarts unhealthy containers would only make it start over). Compose asks /health/ready for its dependants.
# The slim image has no curl: Node's own fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 3000}/health/live`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
