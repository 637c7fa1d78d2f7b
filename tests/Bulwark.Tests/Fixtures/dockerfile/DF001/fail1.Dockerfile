# syntax=docker/dockerfile:1
ARG BASE_IMAGE
ARG GO_VERSION
ARG WINDOWS_VERSION=
# expect: DF001
FROM ${BASE_IMAGE} AS base

# expect: DF001
FROM golang:${GO_VERSION}-alpine AS build
RUN go version

# an empty default leaves "servercore:", which is no image name
# expect: DF001
FROM mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}
