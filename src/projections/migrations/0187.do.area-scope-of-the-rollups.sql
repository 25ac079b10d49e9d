-- 187: the complaint statistics roll-ups (per province, and national with province ''), where they exist:
-- a province's rows for that province's accounts, the national rows for the centre and auditors only.

DO $$ BEGIN
  IF to_regclass('complaint_statistics_rollups') IS NOT NULL THEN
    PERFORM damrong_protect_read_model('complaint_statistics_rollups', $scope$damrong_in_scope(NULL, nullif(province_code, ''))$scope$);
  END IF;
END $$;
