FROM python:3.12-slim AS a
FROM node:20-alpine AS b
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3 AS c
FROM gcr.io/distroless/static-debian12:nonroot AS d
FROM scratch
COPY --from=d /etc/passwd /etc/passwd
