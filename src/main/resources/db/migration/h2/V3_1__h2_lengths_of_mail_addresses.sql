-- As V1_1: addresses and subjects count characters, so H2 gets twice the room in UTF-16 units.
alter table account_tokens alter column email set data type varchar(510);
alter table mail_outbox alter column recipient set data type varchar(510);
alter table mail_outbox alter column subject set data type varchar(400);
