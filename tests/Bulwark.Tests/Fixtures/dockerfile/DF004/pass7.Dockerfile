FROM alpine:3.19
ARG APP_UID
# unknown until build time: not judged
USER ${APP_UID}
