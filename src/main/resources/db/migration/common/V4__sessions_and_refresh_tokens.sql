-- One row per sign-in. Only SHA-256 hashes of refresh tokens are stored (hex). Revoking a session also ends its
-- idle life, so "idle_expires_at has passed" is the one indexed condition the purge needs.
create table sessions (
    id                  uuid primary key,
    user_id             bigint not null,
    refresh_hash        varchar(64) not null,
    created_at          timestamp with time zone not null,
    last_used_at        timestamp with time zone not null,
    idle_expires_at     timestamp with time zone not null,
    absolute_expires_at timestamp with time zone not null,
    revoked_at          timestamp with time zone,
    user_agent          varchar(255),
    client_address      varchar(100),
    constraint uk_sessions_refresh_hash unique (refresh_hash),
    constraint fk_sessions_user foreign key (user_id) references users (id) on delete cascade
);
create index ix_sessions_user_id on sessions (user_id);
create index ix_sessions_idle_expires_at on sessions (idle_expires_at);

-- Every refresh token a session has spent: presenting one again is reuse, and revokes the session.
create table spent_refresh_tokens (
    token_hash varchar(64) primary key,
    session_id uuid not null,
    constraint fk_spent_refresh_tokens_session foreign key (session_id) references sessions (id) on delete cascade
);
create index ix_spent_refresh_tokens_session_id on spent_refresh_tokens (session_id);
