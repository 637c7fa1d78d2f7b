# What the seed guide warns against: a full OS image, latest, root, a secret baked into a layer.
FROM ubuntu:latest
RUN apt-get update && apt-get upgrade -y && apt-get install -y curl build-essential
ENV API_KEY=secret123
ADD https://example.com/install.sh /tmp/install.sh
RUN curl -fsSL https://example.com/setup.sh | sh
COPY id_rsa /root/.ssh/id_rsa
RUN chmod 777 /tmp
EXPOSE 22
CMD ["/usr/bin/app"]
