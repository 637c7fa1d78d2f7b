FROM debian:12-slim AS build
RUN apt-get update && apt-get install -y gcc

FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && apt-get dist-clean
RUN apk add --no-cache curl
RUN apk --no-cache add curl
RUN pip install --no-cache-dir flask
RUN dnf install -y git && dnf clean all
RUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt \
    apt-get update && apt-get install -y curl
RUN apk add --no-network --virtual .rundeps libssl3
