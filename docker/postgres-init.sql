-- Run once by the postgres image's superuser when its volume is new (docker-entrypoint-initdb.d): the logins
-- and the database of the service, as the embedded server's bootstrap makes them (src/database/service-roles.ts).
-- The owner is no superuser and may create no roles; the request login can become damrong_request only.
-- The passwords are Compose's demonstration values: change them, and the URLs in docker-compose.yml, for real use.
CREATE ROLE damrong_request NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE ROLE damrong LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD 'damrong';
CREATE ROLE damrong_request_login LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
  PASSWORD 'damrong-request';
GRANT damrong_request TO damrong, damrong_request_login;
CREATE DATABASE damrong OWNER damrong;
