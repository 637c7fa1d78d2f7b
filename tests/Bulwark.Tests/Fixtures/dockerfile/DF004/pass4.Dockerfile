FROM alpine:3.19 AS base
RUN adduser -S -u 1000 app
USER 1000

FROM base
COPY app /app
