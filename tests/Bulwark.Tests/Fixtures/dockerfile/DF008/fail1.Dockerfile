FROM alpine:3.19
# expect: DF008
RUN curl -u admin:s3cr3tpass https://example.com/file -o /tmp/file
# expect: DF008
RUN docker login -p hunter2hunter2 -u me registry.example.com
# expect: DF008
RUN git clone https://user:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/org/repo.git
# expect: DF008
RUN echo "//registry.npmjs.org/:_authToken=npm_abcdef123456" > ~/.npmrc
# expect: DF008
RUN export DB_PASSWORD=hunter2hunter2 && ./migrate
# expect: DF008
RUN aws configure set aws_secret_access_key wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY
# expect: DF008
RUN mysql -uroot -prootpassword -e "select 1"
# expect: DF008
RUN ./deploy --api-key=abcdef1234567890
RUN <<EOF
set -e
# expect: DF008
export API_TOKEN=abcdef1234567890
EOF
