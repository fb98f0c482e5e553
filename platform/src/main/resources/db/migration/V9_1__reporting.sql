-- Issue #9: periodic reports (each agency's part, the consolidated report), their narrative
-- sections, the published lists, and the reference dates of the lists as data with citations.

-- One row per agency and period: an agency's part ('part') or social security's consolidated
-- report ('consolidated'). Workflow: draft → submitted (a part) → consolidated (Kon Tum Điều 24).
CREATE TABLE periodic_report (
    id              BIGSERIAL PRIMARY KEY,
    province_code   VARCHAR(2)   NOT NULL,
    period          VARCHAR(7)   NOT NULL,            -- 2026-H1, 2026-H2, 2026
    agency_code     VARCHAR(64)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('part', 'consolidated')),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('draft', 'submitted', 'consolidated')),
    number          VARCHAR(40),                      -- số và ký hiệu, given when consolidated
    figures         TEXT,                             -- JSON: the indicators frozen at consolidation
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    submitted_at    TIMESTAMPTZ,
    submitted_by    VARCHAR(100),
    consolidated_at TIMESTAMPTZ,
    consolidated_by VARCHAR(100),
    UNIQUE (province_code, period, agency_code)
);

CREATE TABLE report_narrative (
    report_id       BIGINT       NOT NULL REFERENCES periodic_report (id),
    section_key     VARCHAR(32)  NOT NULL CHECK (section_key IN ('results', 'difficulties', 'proposals')),
    text            TEXT         NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (report_id, section_key)
);

-- A list published by social security (Luật BHXH 41/2024 Điều 35: names of late and evading
-- employers; organisations only). The rows are frozen at publication.
CREATE TABLE published_list (
    id              BIGSERIAL PRIMARY KEY,
    province_code   VARCHAR(2)   NOT NULL,
    list_kind       VARCHAR(16)  NOT NULL CHECK (list_kind IN ('arrears')),
    as_of           DATE         NOT NULL,
    rows_json       TEXT         NOT NULL,
    row_count       INTEGER      NOT NULL,
    published_by    VARCHAR(100) NOT NULL,
    published_at    TIMESTAMPTZ  NOT NULL,
    UNIQUE (province_code, list_kind, as_of)
);

-- Reference dates and windows of the lists, with the article that sets them.
CREATE TABLE reporting_rule (
    code            VARCHAR(48)  PRIMARY KEY,
    value           VARCHAR(40)  NOT NULL,
    label_vi        TEXT         NOT NULL,
    label_en        TEXT         NOT NULL,
    article         TEXT         NOT NULL
);
INSERT INTO reporting_rule (code, value, label_vi, label_en, article) VALUES
 ('awards.reference.general',   '12-31', 'Tình hình chậm đóng tại ngày 31/12 để xét khen thưởng', 'Late-payment status on 31/12 for awards', 'Quy chế Kon Tum Điều 7.7; QCPH 1619 Điều 14, 22; Luật BHXH 41/2024 Điều 40, 41'),
 ('awards.reference.education', '07-31', 'Đơn vị giáo dục: tình hình chậm đóng tại cuối tháng 7', 'Education units: status at the end of July', 'Quy chế Kon Tum Điều 7.7'),
 ('businesses.window.months',   '3',     'Danh sách doanh nghiệp thành lập mới, tạm ngừng, hoạt động trở lại, giải thể: hằng quý', 'New, suspended, resumed and dissolved businesses: quarterly', 'Quy chế Kon Tum Điều 9.1'),
 ('new_units.window.months',    '6',     'Đơn vị mới tham gia BHXH và công đoàn cơ sở mới thành lập: 6 tháng', 'New participating units and new unions: six-monthly', 'QCPH 1619 Điều 13, 21, 19.2'),
 ('report.number.symbol',       'BC-BHXH', 'Ký hiệu báo cáo tổng hợp của BHXH tỉnh', 'Symbol of the consolidated report', 'Nghị định 30/2020/NĐ-CP Phụ lục III');
