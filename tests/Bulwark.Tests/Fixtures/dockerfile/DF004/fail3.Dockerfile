FROM alpine:3.19
ARG RUN_AS=0
# expect: DF004
USER ${RUN_AS}
