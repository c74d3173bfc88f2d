-- H2 measures VARCHAR lengths in UTF-16 units, PostgreSQL in characters. The service's limits count characters
-- (code points), so that a name of 100 emoji fits: on H2 the columns get twice the room, which is exactly the
-- most UTF-16 units that many characters can take.
alter table users alter column email set data type varchar(510);
alter table users alter column name set data type varchar(200);
alter table user_profiles alter column avatar_url set data type varchar(1000);
alter table user_profiles alter column website_url set data type varchar(1000);
alter table user_profiles alter column twitter set data type varchar(200);
alter table user_profiles alter column github set data type varchar(200);
