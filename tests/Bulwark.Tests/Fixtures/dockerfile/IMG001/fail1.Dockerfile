ARG BASE=alpine:latest
# expect: IMG001
FROM ubuntu AS a
# expect: IMG001
FROM nginx:latest AS web
# expect: IMG001
FROM $BASE AS viaarg
# expect: IMG001
FROM alpine@sha256:abc123
# expect: IMG001
COPY --from=busybox /bin/busybox /busybox
