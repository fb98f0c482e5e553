-- Penal Code 2015 (amended 2017) thresholds, shown on evasion and fraud cases as a check, never a
-- decision (shared/spec/legal.md, secondary source: verify before relying on it).
CREATE TABLE penal_threshold (
    code            VARCHAR(16)  PRIMARY KEY,
    case_type       VARCHAR(32)  NOT NULL,
    article         TEXT         NOT NULL,
    min_vnd         BIGINT       NOT NULL,
    max_vnd         BIGINT,                -- exclusive; NULL = no upper bound
    min_months      INTEGER,               -- evasion: at least this many months
    other_conditions_vi TEXT     NOT NULL,
    other_conditions_en TEXT     NOT NULL
);
INSERT INTO penal_threshold VALUES
 ('214.1', 'fraud',   'Bộ luật Hình sự 2015 Điều 214 khoản 1 (gian lận BHXH, BHTN)', 10000000, 100000000, NULL,
  'hoặc gây thiệt hại từ 20.000.000 đến dưới 200.000.000 đồng', 'or damage of 20,000,000 to under 200,000,000 VND'),
 ('215.1', 'fraud',   'Bộ luật Hình sự 2015 Điều 215 khoản 1 (gian lận BHYT)', 10000000, 100000000, NULL,
  'hoặc gây thiệt hại từ 20.000.000 đến dưới 200.000.000 đồng', 'or damage of 20,000,000 to under 200,000,000 VND'),
 ('216.1', 'evasion', 'Bộ luật Hình sự 2015 Điều 216 khoản 1 (trốn đóng)', 50000000, 300000000, 6,
  'đã bị xử phạt vi phạm hành chính về hành vi này (kiểm tra hồ sơ); hoặc 10 đến dưới 50 người lao động',
  'already fined administratively for it (check the file); or 10 to under 50 employees'),
 ('216.2', 'evasion', 'Bộ luật Hình sự 2015 Điều 216 khoản 2', 300000000, 1000000000, 6,
  'hoặc 50 đến dưới 200 người lao động', 'or 50 to under 200 employees'),
 ('216.3', 'evasion', 'Bộ luật Hình sự 2015 Điều 216 khoản 3', 1000000000, NULL, 6,
  'hoặc từ 200 người lao động trở lên', 'or 200 employees or more');

-- Participants: agencies taking part in a case besides its owner (they see it and its timeline).
CREATE TABLE case_participant (
    case_id         BIGINT       NOT NULL REFERENCES case_file (id),
    agency_code     VARCHAR(64)  NOT NULL,
    note            TEXT,
    added_by        VARCHAR(100) NOT NULL,
    added_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (case_id, agency_code)
);
