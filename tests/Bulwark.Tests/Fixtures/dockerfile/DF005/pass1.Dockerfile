FROM alpine:3.19 AS build
USER builder

FROM alpine:3.19
USER 10001:10001
