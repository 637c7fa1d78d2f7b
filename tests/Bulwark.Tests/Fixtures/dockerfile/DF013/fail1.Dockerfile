FROM debian:12-slim AS build
USER builder
# expect: DF013
RUN sudo make install

FROM debian:12-slim
# expect: DF013
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
USER app
# one finding per RUN, at the first sudo
# expect: DF013
RUN sudo apt-get update && sudo apt-get install -y curl
# expect: DF013
RUN doas apk add curl
