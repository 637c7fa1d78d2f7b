FROM node:20-alpine
ARG NPM_TOKEN
# expect: DF008
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
