ARG BASE_IMAGE=alpine:3.19
ARG GO_VERSION=1.22
FROM ${BASE_IMAGE} AS base
FROM golang:${GO_VERSION:-1.21}-alpine AS build
FROM golang:${UNSET_VERSION:-1.22}-alpine AS build2
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS cross
FROM golang:1.22-${TARGETOS} AS platform
FROM base
FROM scratch
COPY --from=build /go/bin /bin
