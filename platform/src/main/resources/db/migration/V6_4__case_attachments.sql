-- Attachments of a case (contest documents, inspection records, evidence), stored unchanged under
-- $PHOIHOP_HOME/casework/attachments/<sha256>.
CREATE TABLE case_attachment (
    id              BIGSERIAL PRIMARY KEY,
    case_id         BIGINT       NOT NULL REFERENCES case_file (id),
    purpose         VARCHAR(32)  NOT NULL CHECK (purpose IN ('contest', 'inspection_record', 'evidence', 'other')),
    file_name       VARCHAR(300) NOT NULL,
    content_type    VARCHAR(200),
    bytes           BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    added_by        VARCHAR(100) NOT NULL,
    agency_code     VARCHAR(64)  NOT NULL,
    added_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_attachment_case ON case_attachment (case_id, id);
