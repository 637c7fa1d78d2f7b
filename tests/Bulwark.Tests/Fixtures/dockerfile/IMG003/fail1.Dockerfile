# trusted registries for this folder: registry.example.com, gcr.io/distroless
# expect: IMG003
FROM alpine:3.19 AS a
# expect: IMG003
FROM ghcr.io/org/tool:1.0 AS b
FROM registry.example.com/mirror/alpine:3.19
# expect: IMG003
COPY --from=quay.io/org/tool:1.0 /tool /tool
