FROM debian:12-slim
# expect: DF016
RUN apt-get update && apt-get install -y curl
# expect: DF016
RUN apk add curl
# expect: DF016
RUN pip install flask
# expect: DF016
RUN dnf install -y git
# expect: DF016
RUN yum install -y git
RUN set -eux; \
# expect: DF016
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates; \
	apt-get clean
