-- 1021: the monthly-return list learns the pay-by date (ชำระภายใน) of each return's latest bill. Bills recorded
-- before carry none: the projection derives it from their assessment, so the list is emptied and its checkpoint
-- dropped to fold the log again from its start. Null while the return has no bill.

TRUNCATE monthly_returns;
ALTER TABLE monthly_returns ADD COLUMN last_pay_by date;
DELETE FROM projection_checkpoints WHERE name = 'monthly-returns';
