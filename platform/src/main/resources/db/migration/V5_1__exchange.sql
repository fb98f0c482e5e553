-- Exchange (issue #5): submissions of the catalogue's datasets and the versions they make.

-- One file sent by one agency for one dataset. The raw bytes live in
-- $PHOIHOP_HOME/archive/sha256/<aa>/<sha256>, never overwritten; rejects and warnings in
-- $PHOIHOP_HOME/submissions/<id>/. received -> validating -> accepted | accepted_with_rejects |
-- rejected; failed when the platform stopped while receiving or validating.
CREATE TABLE exchange_submission (
    id              UUID PRIMARY KEY,
    dataset         VARCHAR(40)  NOT NULL,
    province_code   VARCHAR(2)   NOT NULL,
    agency_id       BIGINT       NOT NULL REFERENCES agency (id),
    agency_code     VARCHAR(80)  NOT NULL,
    submitted_by    VARCHAR(64)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    sha256          CHAR(64),
    bytes           BIGINT,
    status          VARCHAR(24)  NOT NULL CHECK (status IN ('received', 'validating', 'accepted',
                        'accepted_with_rejects', 'rejected', 'failed')),
    rows_read       BIGINT,
    rows_accepted   BIGINT,
    rows_rejected   BIGINT,
    warnings        BIGINT,
    failure         TEXT,
    obligation_id   BIGINT,
    idempotency_key VARCHAR(200),
    received_at     TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ,
    receipt_jws     TEXT
);
-- A retry with the same key returns the same receipt; a failed attempt frees its key.
CREATE UNIQUE INDEX exchange_submission_idempotency ON exchange_submission (submitted_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL AND status <> 'failed';
CREATE INDEX exchange_submission_by_dataset ON exchange_submission (province_code, dataset, received_at);

-- Accepted rows of a submission as a version of a dataset for a province, kept in
-- $PHOIHOP_HOME/datasets/<province>/<dataset>/v<version>.parquet; the highest version is current.
CREATE TABLE exchange_dataset_version (
    id            BIGSERIAL PRIMARY KEY,
    province_code VARCHAR(2)  NOT NULL,
    dataset       VARCHAR(40) NOT NULL,
    version       INTEGER     NOT NULL CHECK (version > 0),
    submission_id UUID        NOT NULL UNIQUE REFERENCES exchange_submission (id),
    parquet_path  TEXT        NOT NULL,
    row_count     BIGINT      NOT NULL,
    rows_added    BIGINT      NOT NULL,
    rows_removed  BIGINT      NOT NULL,
    rows_changed  BIGINT      NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (province_code, dataset, version)
);
