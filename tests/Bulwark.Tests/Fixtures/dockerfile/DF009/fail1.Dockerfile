FROM alpine:3.19 AS build
# expect: DF009
ADD https://example.com/tool.tar.gz /opt/
# expect: DF009
ADD https://github.com/org/repo.git#main /src
ARG TOOL_VERSION
# expect: DF009
ADD http://example.com/tool-${TOOL_VERSION}.bin /usr/local/bin/tool
FROM scratch
COPY --from=build /opt /opt
