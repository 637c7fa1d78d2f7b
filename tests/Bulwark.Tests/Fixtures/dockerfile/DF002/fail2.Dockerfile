# the final stage is built on a stage that is built on debian: debian ships
# expect: DF002
FROM debian:12 AS base
RUN echo base > /etc/motd

FROM base AS final
COPY app /app
