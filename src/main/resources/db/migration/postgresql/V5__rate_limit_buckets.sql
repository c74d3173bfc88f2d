-- Rate limits and failure budgets shared by every instance (Bucket4j's PostgreSQL backend). The id is the limit's
-- name and its key ("sign-in-failures:someone@example.com"), so it is text; state is Bucket4j's serialized bucket;
-- expires_at (epoch milliseconds) is when the bucket is full again and the row may be deleted.
create table rate_limit_buckets (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index ix_rate_limit_buckets_expires_at on rate_limit_buckets (expires_at);
