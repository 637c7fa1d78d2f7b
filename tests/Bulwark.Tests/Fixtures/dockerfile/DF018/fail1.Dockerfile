FROM alpine:3.19 AS build
HEALTHCHECK CMD true

# the builder's HEALTHCHECK does not reach an unrelated final stage
# expect: DF018
FROM alpine:3.19
COPY --from=build /etc/motd /etc/motd
