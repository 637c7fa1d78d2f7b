ARG GO_VERSION=1.22
# expect: IMG002
FROM alpine:3.19 AS base
# expect: IMG002
FROM golang:${GO_VERSION} AS build
FROM base
# expect: IMG002
COPY --from=nginx:1.25 /etc/nginx /etc/nginx
