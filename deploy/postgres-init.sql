-- Run once by the postgres image on an empty data directory: the review store gets a database of its
-- own beside Dagster's (both use Alembic, whose version table would clash in one database).
CREATE DATABASE woo_review OWNER woo;
