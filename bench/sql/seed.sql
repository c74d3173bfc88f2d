-- N users with full profiles, all with one precomputed password hash (psql variables: n, hash).
insert into users (email, name, password_hash)
select 'bench' || i || '@example.com', 'Bench User ' || i, :'hash'
  from generate_series(1, :n) as i;
insert into user_profiles (user_id, bio, avatar_url, website_url, twitter, github)
select id, 'Writes about benchmarks, entry ' || id, 'https://cdn.example.com/avatars/' || id || '.png',
       'https://example.com/~' || id, '@bench_' || id, 'bench-' || id
  from users where email like 'bench%@example.com';
analyze users;
analyze user_profiles;
