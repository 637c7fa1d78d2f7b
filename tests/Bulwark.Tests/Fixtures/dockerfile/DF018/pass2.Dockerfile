# probed by Kubernetes: HEALTHCHECK NONE is a deliberate choice
FROM alpine:3.19
HEALTHCHECK NONE
