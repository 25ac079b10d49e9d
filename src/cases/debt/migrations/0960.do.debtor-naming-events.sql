-- 960: the open-case rule's read of the log past the debt case list (debt-open-cases.query.ts), by debtor.
--
-- The rule reads the events that name a debtor (a registration, a correction to them) past the case list's checkpoint.
-- By the log's order alone that read walks every event past the checkpoint: as long as the log the list trails, when
-- its projection lags or has not run (a log imported into before the list caught up). By this index it finds a
-- debtor's naming events wherever they are, a few index entries each, however far the list trails. Partial: only
-- those two event types have entries, so the other appends keep one index less to write.
CREATE INDEX events_debtor_named ON events ((data->'debtor'->>'citizenId'))
  WHERE type IN ('DebtorRegistered', 'DebtRegistrationAmended');
