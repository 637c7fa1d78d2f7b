# expect: DF006
ARG REGISTRY_TOKEN
FROM alpine:3.19
# expect: DF006
ARG REGISTRY_TOKEN
# copying a build argument into ENV bakes it into the image config
# expect: DF006
ENV REGISTRY_TOKEN=$REGISTRY_TOKEN
