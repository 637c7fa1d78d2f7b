FROM alpine:3.19
RUN curl -fsSL https://example.com/tool -o /tmp/k
RUN curl -ok https://example.com/tool
RUN curl -H "X-Key: k" https://example.com/
RUN wget -q https://example.com/tool
RUN git config --global http.sslVerify true
RUN pip install flask
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
ENV GIT_SSL_NO_VERIFY=
