-- 1001: a filer's returns are listed by the businesses they own, the latest month first (the e-filing page).

CREATE INDEX monthly_returns_by_business ON monthly_returns (business_no, period DESC, return_id);
