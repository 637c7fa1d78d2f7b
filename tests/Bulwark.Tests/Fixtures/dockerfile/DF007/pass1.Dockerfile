FROM alpine:3.19 AS build
RUN echo build > /out
FROM alpine:3.19
COPY .env.example /app/.env.example
COPY id_rsa.pub /root/.ssh/authorized_keys
COPY --from=build /out /app/out
COPY <<EOF /etc/app.conf
listen=8080
EOF
COPY app/ /app/
