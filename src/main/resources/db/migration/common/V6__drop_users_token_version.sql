-- Bearer tokens are checked against their session (a password change or reset ends the other sessions), so
-- nothing reads or bumps token_version any more.
alter table users drop column token_version;
