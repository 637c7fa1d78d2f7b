# no USER anywhere: the container runs as the base image's user, root
# expect: DF004
FROM alpine:3.19
COPY app /app
ENTRYPOINT ["/app"]
