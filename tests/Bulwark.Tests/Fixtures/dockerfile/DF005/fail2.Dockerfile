FROM gcr.io/distroless/static-debian12
ARG APP_USER=nonroot
# expect: DF005
USER ${APP_USER}:nonroot
