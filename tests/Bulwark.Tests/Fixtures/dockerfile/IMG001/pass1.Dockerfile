FROM alpine:3.19 AS build
FROM alpine:3.19@sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b AS pinned
FROM build
FROM scratch
COPY --from=0 /etc/motd /motd
COPY --from=build /etc/motd /motd2
COPY --from=PINNED /etc/motd /motd3
# distroless publishes no version tags: only a digest pins it (IMG002)
FROM gcr.io/distroless/static-debian12 AS distroless
