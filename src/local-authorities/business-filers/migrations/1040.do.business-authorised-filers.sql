-- 1040: ผู้มีสิทธิ์ยื่นแบบแทนนิติบุคคล, the read model of the business-<no> streams: one row per authorisation of a
-- citizen to file online for a juristic person's business, revoked ones kept (who, when, why). A filer's businesses
-- are found by their citizen id among the active rows. Row-level security as the PAO's monthly returns: the PAO's
-- own staff (LOCAL) read their authority's rows, the department's accounts the rows of their area by where the
-- business lies.

CREATE TABLE business_authorised_filers (
  business_no          integer NOT NULL,
  filer_no             integer NOT NULL CHECK (filer_no >= 1),
  authority_code       text NOT NULL,
  district_code        text NOT NULL,
  province_code        text NOT NULL,
  citizen_id           text NOT NULL CHECK (citizen_id ~ '^[0-9]{13}$'),
  name                 text NOT NULL,
  role                 text NOT NULL,
  evidence_reference   text NOT NULL,
  evidence_date        date NOT NULL,
  authorised_at        timestamptz NOT NULL,
  authorised_by        text NOT NULL,
  authorised_by_office text,
  revoked_at           timestamptz,
  revoked_by           text,
  revoked_by_office    text,
  revoke_reason        text,
  PRIMARY KEY (business_no, filer_no)
);
CREATE INDEX business_authorised_filers_active_by_citizen ON business_authorised_filers (citizen_id, business_no) WHERE revoked_at IS NULL;
SELECT damrong_protect_read_model('business_authorised_filers',
  'damrong_in_scope(district_code, province_code) OR damrong_own_authority(authority_code)');
