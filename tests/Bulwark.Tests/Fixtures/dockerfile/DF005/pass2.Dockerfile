FROM alpine:3.19
# root is DF004's, not a naming problem
USER root
