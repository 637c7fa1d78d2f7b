# build dependencies installed and removed again in the same layer do not ship
FROM alpine:3.19
RUN set -eux; \
	apk add --no-cache --virtual .build-deps gcc make musl-dev; \
	make -C /usr/src/tool install; \
	apk del --no-network .build-deps
RUN apk add --no-cache ca-certificates tzdata
