FROM alpine:3.19 AS build
# expect: DF019
ADD app/ /srv/app/
# expect: DF019
add --chown=10001:10001 config.yaml /etc/app/config.yaml
ARG CONFIG=settings.ini
# expect: DF019
ADD ${CONFIG} *.py /srv/app/
# expect: DF019
ADD ["run.sh", "/usr/local/bin/run.sh"]
# expect: DF019
ADD <<EOF /etc/motd
hello
EOF
FROM scratch
COPY --from=build /srv/app /srv/app
