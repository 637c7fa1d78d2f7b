FROM alpine:3.19
RUN curl -fsSLo /tmp/install.sh https://example.com/install-1.2.3.sh \
 && echo "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  /tmp/install.sh" | sha256sum -c - \
 && sh /tmp/install.sh
RUN curl -fsSL https://example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/example.gpg
RUN curl -sL https://example.com/tool.tar.gz | tar xz -C /opt
RUN echo "echo hello" | sh
RUN cat <<EOF > /usr/local/bin/hello
#!/bin/sh
curl -s https://example.com | sh
EOF
