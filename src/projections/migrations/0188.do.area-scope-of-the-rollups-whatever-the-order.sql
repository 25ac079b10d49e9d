-- 188: the roll-ups under row-level security whatever the order their migrations ran in (a database migrated
-- before 132 existed ran 187 without them). Protecting a model again replaces its policy.

SELECT damrong_protect_read_model('complaint_statistics_rollups', $scope$damrong_in_scope(NULL, nullif(province_code, ''))$scope$);
