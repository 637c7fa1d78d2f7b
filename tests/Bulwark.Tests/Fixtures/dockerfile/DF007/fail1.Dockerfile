FROM alpine:3.19
# expect: DF007
COPY id_rsa /root/.ssh/id_rsa
# expect: DF007
COPY .env /app/
# expect: DF007
COPY --chown=10001 certs/server.key certs/server.crt /etc/ssl/
# expect: DF007, DF007
ADD .npmrc .git-credentials /root/
# expect: DF007
COPY deploy-key /root/.ssh/
# expect: DF007
COPY ["config/.env.production", "/app/.env"]
