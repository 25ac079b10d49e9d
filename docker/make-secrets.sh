#!/bin/sh
# Makes the Compose secrets once: a random password per file of docker/secrets/, and the master key of personal data
# (32 random bytes in hex); a file already there is kept — above all the master key, without which no sealed
# personal field can be read again.
# Compose mounts each file into the containers as it is on this machine, so the files are readable (0644) for
# the containers' users (the service runs as `node`) and the folder is closed (0700) to the other users here.
set -e
cd "$(dirname "$0")"
mkdir -p secrets
chmod 700 secrets
for name in postgres-password damrong-password damrong-request-password personal-data-master-key; do
  if [ ! -s "secrets/$name" ]; then
    bytes=24
    [ "$name" = personal-data-master-key ] && bytes=32
    od -An -N"$bytes" -tx1 /dev/urandom | tr -d ' \n' > "secrets/$name"
    chmod 644 "secrets/$name"
    echo "made docker/secrets/$name"
  fi
done
