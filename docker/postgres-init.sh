#!/bin/sh
# Run once by the postgres image when its volume is new (docker-entrypoint-initdb.d): docker/postgres-init.sql,
# with the passwords of the service's logins read from the Compose secrets.
set -e
psql --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$(cat /run/secrets/damrong-password)" \
  -v request_password="$(cat /run/secrets/damrong-request-password)" \
  -f /etc/damrong/postgres-init.sql
