FROM alpine:3.19 AS base
# expect: DF004
USER root:root

# the final stage inherits base's USER
FROM base
COPY app /app
