-- 185: who added or took out a holiday (`account:<id>` and its office), beside when.

ALTER TABLE government_holidays
  ADD COLUMN added_by text, ADD COLUMN added_by_office text, ADD COLUMN removed_by text, ADD COLUMN removed_by_office text;
