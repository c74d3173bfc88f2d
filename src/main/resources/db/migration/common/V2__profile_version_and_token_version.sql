-- version: optimistic locking and ETags for profile writes.
-- token_version: bumped when a password changes, so every token issued before is rejected.
alter table user_profiles add column version bigint default 0 not null;
alter table users add column token_version integer default 0 not null;
