FROM golang:1.22 AS build
RUN CGO_ENABLED=0 go build -o /app .

# expect: DF002
FROM ubuntu:22.04
COPY --from=build /app /app
ENTRYPOINT ["/app"]
