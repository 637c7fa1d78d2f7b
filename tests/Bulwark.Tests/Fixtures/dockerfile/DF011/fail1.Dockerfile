FROM alpine:3.19
# expect: DF011
RUN curl -k https://example.com/tool -o /usr/local/bin/tool
# expect: DF011
RUN curl -fsSLk https://example.com/tool -o /usr/local/bin/tool
# expect: DF011
RUN wget --no-check-certificate https://example.com/tool
# expect: DF011
RUN pip install --trusted-host pypi.example.com flask
# expect: DF011
RUN git config --global http.sslVerify false
# expect: DF011
RUN git -c http.sslVerify=false clone https://example.com/repo.git
# expect: DF011
RUN npm config set strict-ssl false
# expect: DF011
RUN GIT_SSL_NO_VERIFY=true git clone https://example.com/repo.git
# expect: DF011
RUN yum --setopt=sslverify=0 install -y tool
# expect: DF011
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
# expect: DF011
ENV PYTHONHTTPSVERIFY 0
# expect: DF011
ARG GIT_SSL_NO_VERIFY=1
