#!/bin/sh
# Makes the Compose secrets once: a random password per file of docker/secrets/ (a file already there is kept).
# Compose mounts each file into the containers as it is on this machine, so the files are readable (0644) for
# the containers' users (the service runs as `node`) and the folder is closed (0700) to the other users here.
set -e
cd "$(dirname "$0")"
mkdir -p secrets
chmod 700 secrets
for name in postgres-password damrong-password damrong-request-password; do
  if [ ! -s "secrets/$name" ]; then
    od -An -N24 -tx1 /dev/urandom | tr -d ' \n' > "secrets/$name"
    chmod 644 "secrets/$name"
    echo "made docker/secrets/$name"
  fi
done
