FROM debian:12-slim
# expect: DF017
RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
# expect: DF017
RUN apt-get dist-upgrade -y
# expect: DF017
RUN apk upgrade --no-cache
# expect: DF017
RUN yum update -y
