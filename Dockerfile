# One image for every service of the hub; docker-compose.yml picks the entry point.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY shared shared
COPY gateway gateway
COPY subgraphs subgraphs
COPY demo-world demo-world
COPY tools tools
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# The V8 flags of every process of the hub (shared/node-flags.ts).
ENV NODE_OPTIONS=--max-semi-space-size=16
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json supergraph.graphql ./
USER node
EXPOSE 4000
CMD ["node", "dist/gateway/main.js"]
