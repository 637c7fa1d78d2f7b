FROM alpine:3.19
RUN addgroup -S appgroup && adduser -S appuser -G appgroup
# expect: DF005
USER appuser
