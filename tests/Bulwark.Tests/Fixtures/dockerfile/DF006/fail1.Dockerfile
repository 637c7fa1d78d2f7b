FROM alpine:3.19
# The seed's BAD example
# expect: DF006
ENV API_KEY=secret123
# expect: DF006
ENV DB_PASSWORD="hunter2hunter2" APP_PORT=8080
# expect: DF006
ENV AWS_ACCESS_KEY_ID AKIAIOSFODNN7EXAMPLE
# expect: DF006
ARG GITHUB_TOKEN
# expect: DF006
ARG NPM_TOKEN=npm_abcdefghijklmnop
