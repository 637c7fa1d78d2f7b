FROM alpine:3.19 AS base
# expect: DF003
RUN apk add --no-cache make gcc

# the final stage inherits base's layers, compilers included
FROM base
COPY app /app
