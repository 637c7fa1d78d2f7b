FROM debian:12-slim AS build
RUN apt-get update && apt-get upgrade -y

FROM debian:12-slim
RUN apk add --no-cache --upgrade curl
RUN yum update -y openssl
RUN pip install --upgrade pip
RUN apt-get install --only-upgrade -y openssl
