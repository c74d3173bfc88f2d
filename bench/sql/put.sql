-- What PUT /users/me/profile sends: the token check, then the locked read and the versioned update.
\set id random(1, :writers)
select u1_0.token_version from users u1_0 where u1_0.id = :id;
begin;
select p1_0.id, p1_0.avatar_url, p1_0.bio, p1_0.github, p1_0.twitter, p1_0.updated_at, p1_0.user_id, p1_0.version,
       p1_0.website_url
  from user_profiles p1_0 where p1_0.user_id = :id for no key update;
update user_profiles set bio = 'pgbench write', twitter = '@bench', updated_at = now(), version = version + 1
 where user_id = :id;
commit;
