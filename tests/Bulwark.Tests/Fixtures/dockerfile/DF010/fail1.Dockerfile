FROM alpine:3.19
# expect: DF010
RUN curl -fsSL https://example.com/install.sh | sh
# expect: DF010
RUN wget -qO- https://example.com/install.sh | sudo bash -s -- --version 1.2
# expect: DF010
RUN sh -c "$(curl -fsSL https://example.com/install.sh)"
# expect: DF010
RUN bash <(curl -s https://example.com/install.sh)
RUN apk add --no-cache curl \
# expect: DF010
 && curl -sSL https://install.python-poetry.org | python3 -
RUN <<EOF
set -e
# expect: DF010
curl -sL https://deb.nodesource.com/setup_20.x | bash
EOF
