FROM node:20-alpine
ARG NPM_TOKEN
RUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci
RUN --mount=type=secret,id=token TOKEN="$(cat /run/secrets/token)" ./publish
RUN --mount=type=secret,id=npm echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
RUN adduser --disabled-password app
RUN docker login --password-stdin -u me registry.example.com < /run/secrets/pw
RUN curl -u "$USER:$PASS" https://example.com/x
RUN git clone https://github.com/org/repo.git
RUN echo "DB_PASSWORD_FILE=/run/secrets/db" >> /etc/app.env
RUN ./configure --token-file /run/secrets/token
