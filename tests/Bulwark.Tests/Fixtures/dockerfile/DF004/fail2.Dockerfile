FROM alpine:3.19
RUN adduser -S -u 10001 app
USER app
COPY app /app
# switching back to root at the end wins
# expect: DF004
USER root
