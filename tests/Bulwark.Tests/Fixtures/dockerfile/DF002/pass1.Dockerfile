# full OS images in builder stages are fine: only the final stage ships
FROM ubuntu:22.04 AS build
RUN echo build

FROM debian:12-slim
COPY --from=build /etc/motd /etc/motd
