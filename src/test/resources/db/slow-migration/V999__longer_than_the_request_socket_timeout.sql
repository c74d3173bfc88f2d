-- Runs for longer than the socket timeout of the test that adds this location (1 s).
SELECT pg_sleep(3);
