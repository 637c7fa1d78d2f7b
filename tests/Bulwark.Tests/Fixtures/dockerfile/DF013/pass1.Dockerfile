FROM debian:12-slim AS build
RUN apt-get update && apt-get install -y sudo

FROM debian:12-slim
RUN echo "sudo is not used here"
RUN gosu app true
