FROM alpine:3.19
# expect: DF015
RUN chmod 777 /app
# expect: DF015
RUN chmod -R 0777 /data
# expect: DF015
RUN chmod o+w /etc/app.conf
# expect: DF015
RUN chmod 4755 /usr/local/bin/tool
# expect: DF015
RUN chmod u+s /usr/local/bin/tool
# expect: DF015
RUN chmod a+rwx /srv
# expect: DF015
COPY --chmod=777 app /app
