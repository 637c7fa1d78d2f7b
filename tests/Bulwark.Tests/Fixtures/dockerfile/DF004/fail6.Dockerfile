# distroless without the :nonroot tag runs as root
# expect: DF004
FROM gcr.io/distroless/static-debian12
COPY app /app
