-- What PUT /users/me/profile sends: the bearer token's session check, then the locked read and the versioned
-- update. pgbench cannot carry the token's session id, so the check finds the writer's one session by user_id
-- (an index lookup of one row, as the service's lookup by primary key is).
\set id random(1, :writers)
select count(*) from sessions where user_id = :id and revoked_at is null and idle_expires_at > now()
   and absolute_expires_at > now();
begin;
select p1_0.id, p1_0.avatar_url, p1_0.bio, p1_0.github, p1_0.twitter, p1_0.updated_at, p1_0.user_id, p1_0.version,
       p1_0.website_url
  from user_profiles p1_0 where p1_0.user_id = :id for no key update;
update user_profiles set bio = 'pgbench write', twitter = '@bench', updated_at = now(), version = version + 1
 where user_id = :id;
commit;
