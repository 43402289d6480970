-- Local accounts of the web app (both engines). Only a login and a password hash: no personal data.
CREATE TABLE app_user (
    login         TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL,
    regions       TEXT NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until  TIMESTAMP,
    created_at    TIMESTAMP NOT NULL
);
