FROM node:20-alpine AS deps
WORKDIR /app
# a builder stage's layers stay in the build cache (medium)
# expect: DF007
COPY .npmrc package.json ./
RUN npm ci

FROM node:20-alpine
COPY --from=deps /app/node_modules /app/node_modules
