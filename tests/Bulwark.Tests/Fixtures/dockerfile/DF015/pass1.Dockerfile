FROM alpine:3.19 AS build
RUN chmod 777 /build

FROM alpine:3.19
RUN chmod 755 /app
RUN chmod 1777 /tmp/shared
RUN chmod g+s /data
RUN chmod +x /entrypoint.sh
RUN chmod a+rwxt /var/spool/shared
RUN dir="$(mktemp -d)" && chmod 777 "$dir" && ls "$dir" && rm -rf "$dir"
COPY --chmod=755 app /app
