FROM alpine:3.19 AS base
HEALTHCHECK CMD ["/app", "health"]

FROM base
COPY app /app
