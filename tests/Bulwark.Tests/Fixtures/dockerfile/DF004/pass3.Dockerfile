# builder stages may run as root
FROM alpine:3.19 AS build
USER root
RUN echo build

FROM alpine:3.19
COPY --from=build /etc/motd /etc/motd
USER 10001
