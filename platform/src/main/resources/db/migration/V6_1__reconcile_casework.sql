-- Issue #6: reconciliation runs, findings, who handles which rule, cases with their
-- state machine, timeline and legal deadlines.

CREATE TABLE reconcile_run (
    id              BIGSERIAL PRIMARY KEY,
    province_code   VARCHAR(2)   NOT NULL,
    as_of           DATE         NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    stage           VARCHAR(32)  NOT NULL,
    progress_pct    INTEGER      NOT NULL DEFAULT 0,
    dataset_versions TEXT        NOT NULL DEFAULT '[]',   -- JSON: [{dataset, version, submission_id}]
    parameters      TEXT         NOT NULL DEFAULT '{}',   -- JSON: the rule parameters used
    rules           TEXT         NOT NULL DEFAULT '[]',   -- JSON: rules applied/skipped with counts
    engine_version  VARCHAR(64)  NOT NULL,
    findings_count  BIGINT,
    new_count       BIGINT,
    resolved_count  BIGINT,
    started_by      VARCHAR(100) NOT NULL,
    started_at      TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ,
    failure         TEXT
);
CREATE INDEX reconcile_run_province ON reconcile_run (province_code, id DESC);

-- One row per (province, rule, subject): a finding keeps its identity across runs.
CREATE TABLE finding (
    id              BIGSERIAL PRIMARY KEY,
    province_code   VARCHAR(2)   NOT NULL,
    rule            VARCHAR(64)  NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    amount_vnd      BIGINT,
    interest_vnd    BIGINT,
    months          INTEGER,
    flags           TEXT,
    detail          TEXT,
    legal_basis     TEXT,
    evidence        TEXT         NOT NULL DEFAULT '[]',
    status          VARCHAR(24)  NOT NULL CHECK (status IN ('open', 'confirmed', 'dismissed', 'resolved_by_data')),
    first_run_id    BIGINT       NOT NULL REFERENCES reconcile_run (id),
    last_run_id     BIGINT       NOT NULL REFERENCES reconcile_run (id),
    decision_note   TEXT,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMPTZ,
    case_id         BIGINT,
    UNIQUE (province_code, rule, subject)
);
CREATE INDEX finding_inbox ON finding (province_code, rule, status);

-- Who handles what (QCPH 01/2022 Điều 6.5, 7.5; Kon Tum Điều 17.2, 23; QCPH 1619 Điều 8, 18):
-- a rule prefix (longest match wins) → the lead role and the partner roles.
CREATE TABLE finding_handler (
    rule_prefix     VARCHAR(64)  PRIMARY KEY,
    lead_role       VARCHAR(64)  NOT NULL,
    partner_roles   VARCHAR(400) NOT NULL DEFAULT '',  -- comma-separated role codes
    basis           TEXT         NOT NULL
);
INSERT INTO finding_handler (rule_prefix, lead_role, partner_roles, basis) VALUES
 ('POP-', 'social_security.province', 'police.province', 'QCPH 01/2022 Điều 6.5; Luật BHXH 41/2024 Điều 30.3'),
 ('ARREARS-', 'social_security.province', 'labour_authority.province,home_affairs.province,inspectorate.province', 'Luật BHXH 41/2024 Điều 35; QCPH 01/2022 Điều 7.5'),
 ('UI-WHILE-EMPLOYED', 'labour_authority.province', 'social_security.province', 'Luật Việc làm 38/2013 Điều 53; QCPH 1619 Điều 8'),
 ('DECEASED-PAYMENT', 'social_security.province', 'police.province,justice.province', 'QCPH 01/2022 Điều 6.5'),
 ('DUP-HEALTH-CARD', 'social_security.province', 'ethnic_affairs.province', 'Luật BHYT; Quy chế Kon Tum Điều 17.2'),
 ('ETHNIC-CARD-NOT-ELIGIBLE', 'social_security.province', 'ethnic_affairs.province', 'Quy chế Kon Tum Điều 17.2'),
 ('EMPLOYER-', 'social_security.province', 'tax.province,labour_authority.province,inspectorate.province', 'QCPH 1619 Điều 8, 18'),
 ('TAX-SI-EXPENSE-GAP', 'tax.province', 'social_security.province', 'QCPH 1619 Điều 8'),
 ('STUDENT-', 'education.province', 'social_security.province', 'Quy chế Kon Tum Điều 23'),
 ('CHILD-', 'peoples_committee.province', 'social_security.province', 'Quy chế Kon Tum Điều 23'),
 ('FACILITY-', 'health.province', 'social_security.province', 'Quy chế Kon Tum Điều 17.2');

-- Cases.
CREATE TABLE case_file (
    id              BIGSERIAL PRIMARY KEY,
    case_type       VARCHAR(32)  NOT NULL CHECK (case_type IN ('arrears', 'evasion', 'fraud', 'duplicate_coverage',
                        'coverage_gap', 'data_correction', 'complaint', 'denunciation', 'crime_report')),
    state           VARCHAR(32)  NOT NULL,
    province_code   VARCHAR(2),
    agency_code     VARCHAR(64)  NOT NULL,
    officer         VARCHAR(100),
    subject         VARCHAR(200),
    title           TEXT         NOT NULL,
    finding_id      BIGINT       REFERENCES finding (id),
    escalated       BOOLEAN      NOT NULL DEFAULT FALSE,
    referred_to     VARCHAR(64),                          -- the police agency of a referral
    opened_by       VARCHAR(100) NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_file_agency ON case_file (agency_code, state);

-- The state machine, as data: from a state, an action leads to a state.
CREATE TABLE case_transition (
    from_state      VARCHAR(32)  NOT NULL,
    action          VARCHAR(32)  NOT NULL,
    to_state        VARCHAR(32)  NOT NULL,
    needs_reason    BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (from_state, action)
);
INSERT INTO case_transition (from_state, action, to_state, needs_reason) VALUES
 ('received',      'accept',   'in_progress',   FALSE),
 ('received',      'reject',   'closed',        TRUE),
 ('received',      'transfer', 'received',      TRUE),
 ('in_progress',   'transfer', 'received',      TRUE),
 ('in_progress',   'notify',   'notified',      FALSE),
 ('in_progress',   'refer',    'referred',      FALSE),
 ('in_progress',   'resolve',  'resolved',      TRUE),
 ('notified',      'contest',  'contested',     TRUE),
 ('notified',      'resolve',  'resolved',      TRUE),
 ('notified',      'refer',    'referred',      FALSE),
 ('contested',     'uphold',   'in_progress',   TRUE),
 ('contested',     'withdraw', 'closed',        TRUE),
 ('referred',      'police_accept', 'investigating', FALSE),
 ('investigating', 'police_progress', 'investigating', TRUE),
 ('investigating', 'police_result', 'in_progress', TRUE),
 ('resolved',      'close',    'closed',        FALSE);

CREATE TABLE case_event (
    id              BIGSERIAL PRIMARY KEY,
    case_id         BIGINT       NOT NULL REFERENCES case_file (id),
    at              TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    agency_code     VARCHAR(64),
    kind            VARCHAR(32)  NOT NULL,
    from_state      VARCHAR(32),
    to_state        VARCHAR(32),
    note            TEXT
);
CREATE INDEX case_event_case ON case_event (case_id, id);

-- Legal deadlines as data with their article (shared/spec/legal.md).
CREATE TABLE deadline_rule (
    code            VARCHAR(48)  PRIMARY KEY,
    case_type       VARCHAR(32)  NOT NULL,
    label_vi        TEXT         NOT NULL,
    label_en        TEXT         NOT NULL,
    amount          INTEGER      NOT NULL,
    unit            VARCHAR(16)  NOT NULL CHECK (unit IN ('days', 'working_days', 'months')),
    article         TEXT         NOT NULL
);
INSERT INTO deadline_rule (code, case_type, label_vi, label_en, amount, unit, article) VALUES
 ('complaint.accept',        'complaint',    'Thụ lý khiếu nại', 'Accept the complaint', 10, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 27'),
 ('complaint.resolve',       'complaint',    'Giải quyết khiếu nại lần đầu', 'Resolve the complaint (first time)', 30, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 28'),
 ('denunciation.handle',     'denunciation', 'Xử lý ban đầu tố cáo', 'Initial handling of the denunciation', 7, 'working_days', 'Luật Tố cáo 25/2018/QH14 Điều 24'),
 ('denunciation.notify',     'denunciation', 'Thông báo thụ lý tố cáo', 'Notify acceptance of the denunciation', 5, 'working_days', 'Luật Tố cáo 25/2018/QH14 Điều 29'),
 ('denunciation.resolve',    'denunciation', 'Giải quyết tố cáo', 'Resolve the denunciation', 30, 'days', 'Luật Tố cáo 25/2018/QH14 Điều 30'),
 ('crime_report.resolve',    'crime_report', 'Giải quyết tố giác, tin báo về tội phạm', 'Resolve the crime report', 20, 'days', 'Bộ luật Tố tụng hình sự 2015 Điều 147');

CREATE TABLE case_deadline (
    id              BIGSERIAL PRIMARY KEY,
    case_id         BIGINT       NOT NULL REFERENCES case_file (id),
    rule_code       VARCHAR(48)  NOT NULL REFERENCES deadline_rule (code),
    starts_on       DATE         NOT NULL,
    due_on          DATE         NOT NULL,
    met_on          DATE,
    extended_reason TEXT,
    escalated       BOOLEAN      NOT NULL DEFAULT FALSE,
    UNIQUE (case_id, rule_code)
);

-- Which kind of case a confirmed finding of a rule opens.
CREATE TABLE rule_case_type (
    rule            VARCHAR(64)  PRIMARY KEY,
    case_type       VARCHAR(32)  NOT NULL
);
INSERT INTO rule_case_type (rule, case_type) VALUES
 ('ARREARS-EVASION', 'evasion'), ('ARREARS-LATE', 'arrears'), ('EMPLOYER-NOT-REGISTERED', 'evasion'),
 ('EMPLOYER-UNDER-DECLARED', 'evasion'), ('TAX-SI-EXPENSE-GAP', 'evasion'), ('EMPLOYER-DEFUNCT', 'data_correction'),
 ('DECEASED-PAYMENT', 'fraud'), ('UI-WHILE-EMPLOYED', 'fraud'), ('ETHNIC-CARD-NOT-ELIGIBLE', 'fraud'),
 ('FACILITY-OVER-ESTIMATE', 'fraud'), ('DUP-HEALTH-CARD', 'duplicate_coverage'), ('STUDENT-NO-CARD', 'coverage_gap'),
 ('CHILD-NO-CARD', 'coverage_gap'), ('POP-NOT-FOUND', 'data_correction'), ('POP-MISMATCH', 'data_correction'),
 ('POP-DUPLICATE', 'data_correction'), ('POP-ID-SUGGESTED', 'data_correction');
