-- The service's logins and database, as the embedded server's bootstrap makes them (src/database/service-roles.ts):
-- run once by a superuser, with psql, the two passwords given as psql variables (never written here):
--   psql -v owner_password=… -v request_password=… -f docker/postgres-init.sql
-- Compose runs it through docker/postgres-init.sh on a new volume, the passwords read from its secrets.
-- The owner is no superuser and may create no roles; the request login can become damrong_request only.
\set ON_ERROR_STOP on
CREATE ROLE damrong_request NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE ROLE damrong LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE damrong_request_login LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD :'request_password';
GRANT damrong_request TO damrong, damrong_request_login;
CREATE DATABASE damrong OWNER damrong;
