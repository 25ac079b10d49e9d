/** 186: who last restarted a projection by hand (`account:<id>` and its office), and when. */
export const PROJECTION_RESTARTS_MIGRATION = `
ALTER TABLE projection_checkpoints ADD COLUMN restarted_by text, ADD COLUMN restarted_by_office text, ADD COLUMN restarted_at timestamptz;`;
