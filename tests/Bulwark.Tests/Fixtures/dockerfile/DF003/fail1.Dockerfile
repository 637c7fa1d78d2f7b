# a single-stage Go build ships the whole toolchain
# expect: DF003
FROM golang:1.22
WORKDIR /src
COPY . .
# expect: DF003
RUN CGO_ENABLED=0 go build -o /app .
ENTRYPOINT ["/app"]
