-- What GET /users/{id} sends: the user and the profile as one left join, by primary key.
\set id random(1, :users)
select u1_0.id, u1_0.name, u1_0.email, p1_0.version, p1_0.bio, p1_0.avatar_url, p1_0.website_url, p1_0.twitter,
       p1_0.github, p1_0.updated_at
  from users u1_0 left join user_profiles p1_0 on u1_0.id = p1_0.user_id
 where u1_0.id = :id;
