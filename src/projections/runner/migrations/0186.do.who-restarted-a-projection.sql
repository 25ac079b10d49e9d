-- 186: who last restarted a projection by hand (`account:<id>` and its office), and when.

ALTER TABLE projection_checkpoints ADD COLUMN restarted_by text, ADD COLUMN restarted_by_office text, ADD COLUMN restarted_at timestamptz;
