#!/usr/bin/env bash
# A private Docker engine for the real-engine tests (tests/Bulwark.Tests/Docker).
#
#   source scripts/dockerd-test-env.sh      start it, export BULWARK_TEST_DOCKER_HOST, stop it on exit
#   scripts/dockerd-test-env.sh run -- CMD  start it, run CMD with the variable set, stop it (even if CMD fails)
#   scripts/dockerd-test-env.sh start       start it and print the export line (stop with: ... stop DIR)
#   scripts/dockerd-test-env.sh stop DIR    stop the engine started in DIR and remove DIR
#
# It installs docker.io and busybox-static from Debian when missing, starts dockerd on a socket in
# a temp dir (own data/exec roots, vfs storage, no iptables, no default bridge, so it touches
# nothing of the host's), and imports a tiny image, bulwark-busybox:test, from a busybox-static
# rootfs (no registry is needed). Containers must use --network none (there is no bridge).

BULWARK_TEST_IMAGE=bulwark-busybox:test

bulwark_dockerd_install() {
  if command -v dockerd >/dev/null 2>&1 && [ -x /bin/busybox ] && dpkg -s busybox-static >/dev/null 2>&1; then
    return 0
  fi
  echo "dockerd-test-env: installing docker.io and busybox-static" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io busybox-static >/dev/null
}

bulwark_dockerd_wait() {
  local i
  for i in $(seq 1 120); do
    if DOCKER_HOST="unix://$1/docker.sock" docker version >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  echo "dockerd-test-env: dockerd did not come up; log:" >&2
  tail -20 "$1/dockerd.log" >&2
  return 1
}

bulwark_dockerd_image() {
  local dir=$1 rootfs=$1/rootfs tool
  mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp" "$rootfs/proc" "$rootfs/sys" "$rootfs/dev"
  chmod 1777 "$rootfs/tmp"   # like every real image: any user may write /tmp
  cp /bin/busybox "$rootfs/bin/busybox"
  for tool in sh id cat touch mount sleep grep ls echo head cp true false ps; do
    ln -sf busybox "$rootfs/bin/$tool"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/tmp:/bin/sh\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\napp:x:1000:\n' >"$rootfs/etc/group"
  tar -C "$rootfs" -cf "$dir/rootfs.tar" . &&
    DOCKER_HOST="unix://$dir/docker.sock" docker import "$dir/rootfs.tar" "$BULWARK_TEST_IMAGE" >/dev/null
}

bulwark_dockerd_start() {
  bulwark_dockerd_install || { echo "dockerd-test-env: cannot install docker.io" >&2; return 1; }
  local dir
  dir=$(mktemp -d /tmp/bulwark-dockerd.XXXXXX)
  dockerd --host "unix://$dir/docker.sock" --data-root "$dir/data" --exec-root "$dir/exec" \
    --pidfile "$dir/docker.pid" --storage-driver vfs --iptables=false --bridge=none \
    >"$dir/dockerd.log" 2>&1 &
  bulwark_dockerd_wait "$dir" && bulwark_dockerd_image "$dir" || { bulwark_dockerd_stop "$dir"; return 1; }
  BULWARK_DOCKERD_DIR=$dir
  export BULWARK_DOCKERD_DIR BULWARK_TEST_IMAGE
  export BULWARK_TEST_DOCKER_HOST="unix://$dir/docker.sock"
}

bulwark_dockerd_stop() {
  local dir=${1:-${BULWARK_DOCKERD_DIR:-}} pid i
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  if [ -S "$dir/docker.sock" ]; then
    DOCKER_HOST="unix://$dir/docker.sock" docker ps -aq 2>/dev/null |
      xargs -r env DOCKER_HOST="unix://$dir/docker.sock" docker rm -f >/dev/null 2>&1
  fi
  pid=$(cat "$dir/docker.pid" 2>/dev/null)
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null
    for i in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
  fi
  # dockerd leaves its exec-root mounts behind when killed; unmount deepest first before removing.
  grep -o " $dir[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null
  rm -rf "$dir"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: start now, stop when the sourcing shell exits (tests passed or not).
  bulwark_dockerd_start && trap 'bulwark_dockerd_stop' EXIT
  return $?
fi

case "${1:-}" in
  start)
    bulwark_dockerd_start || exit 1
    echo "export BULWARK_TEST_DOCKER_HOST=$BULWARK_TEST_DOCKER_HOST BULWARK_DOCKERD_DIR=$BULWARK_DOCKERD_DIR"
    ;;
  stop)
    bulwark_dockerd_stop "${2:-}"
    ;;
  run)
    shift
    [ "${1:-}" = "--" ] && shift
    bulwark_dockerd_start || exit 1
    trap 'bulwark_dockerd_stop' EXIT INT TERM
    "$@"
    ;;
  *)
    echo "usage: $0 start | stop DIR | run -- COMMAND..." >&2
    exit 2
    ;;
esac
