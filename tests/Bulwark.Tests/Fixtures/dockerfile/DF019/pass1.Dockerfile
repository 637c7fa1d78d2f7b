FROM alpine:3.19 AS build
# Archives ADD unpacks on purpose, downloads (DF009's), ADD-only flags and unknowable names are not reported.
ADD rootfs.tar.gz /
ADD vendor.tgz /opt/vendor/
ADD bundle.tar.zst /opt/
ADD https://example.com/tool.bin /usr/local/bin/tool
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.bin /app
ADD git@github.com:org/repo.git /src
ADD --unpack=false release.bin /opt/
ADD dist/* /srv/
ARG SOURCE
ADD ${SOURCE} /srv/
COPY app/ /srv/app/
FROM scratch
COPY --from=build /srv /srv
