ARG GO_VERSION=1.22
# expect: IMG002
FROM alpine:3.19 AS base
# expect: IMG002
FROM golang:${GO_VERSION} AS build
FROM base
# expect: IMG002
COPY --from=nginx:1.25 /etc/nginx /etc/nginx
# distroless publishes no version tags, so untagged is IMG002's: pin a digest
# expect: IMG002
FROM gcr.io/distroless/static-debian12:nonroot
# expect: IMG002
FROM gcr.io/distroless/base-debian12
