-- 970: the monthly-return list learns payments (ชำระแล้ว): every bill's payment matched from the bank's
-- bill-payment file, in satang; when the latest was taken by the bank; the latest receipt's number (n/ปีงบประมาณ).
-- Status PAID: the latest version's bill is paid.

ALTER TABLE monthly_returns
  ADD COLUMN paid_satang bigint NOT NULL DEFAULT 0,
  ADD COLUMN last_paid_at timestamptz,
  ADD COLUMN last_receipt_number text;
