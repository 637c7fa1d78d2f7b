FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# packages this build made itself never came over the network
RUN apk add --no-cache --allow-untrusted /tmp/packages/tool-1.0.apk
RUN echo "deb [ trusted=yes ] file:/tmp/repo ./" > /etc/apt/sources.list.d/local.list
RUN yum install -y tool
