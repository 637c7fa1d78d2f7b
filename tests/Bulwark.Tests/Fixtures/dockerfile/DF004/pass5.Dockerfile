# a non-root user in the root group is the OpenShift convention
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3
USER 1001:0
