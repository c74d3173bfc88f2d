-- As V1_1: the user agent is cut at 255 characters, which H2 counts in UTF-16 units.
alter table sessions alter column user_agent set data type varchar(510);
