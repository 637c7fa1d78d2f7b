FROM debian:12-slim
# expect: DF012
RUN apt-get install -y --allow-unauthenticated curl
# expect: DF012
RUN apt-get -o APT::Get::AllowUnauthenticated=true install -y curl
# expect: DF012
RUN echo "deb [trusted=yes] http://repo.example.com/ stable main" > /etc/apt/sources.list.d/example.list
# expect: DF012
RUN apt-get install --force-yes -y curl
# expect: DF012
RUN apk add --allow-untrusted https://example.com/tool.apk
# expect: DF012
RUN yum install -y --nogpgcheck tool
# expect: DF012
RUN rpm -i --nosignature tool.rpm
# expect: DF012
RUN dnf install -y --setopt=gpgcheck=0 tool
# expect: DF012
RUN zypper --no-gpg-checks install -y tool
