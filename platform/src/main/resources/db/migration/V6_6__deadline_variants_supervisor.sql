-- Legal deadline variants and extensions as data (shared/spec/legal.md), and escalation to a
-- named supervisor.
--
-- A case carries what the laws make the deadline depend on: how complex it is, whether it is
-- in a remote area (vùng sâu, vùng xa, đi lại khó khăn), and whether a complaint is the second
-- one (khiếu nại lần hai). An officer sets them with a recorded reason.
ALTER TABLE case_file ADD COLUMN complexity   VARCHAR(16) NOT NULL DEFAULT 'normal'
    CHECK (complexity IN ('normal', 'complex', 'very_complex'));
ALTER TABLE case_file ADD COLUMN remote_area  BOOLEAN     NOT NULL DEFAULT FALSE;
ALTER TABLE case_file ADD COLUMN attempt      SMALLINT    NOT NULL DEFAULT 1 CHECK (attempt IN (1, 2));
ALTER TABLE case_file ADD COLUMN escalated_to VARCHAR(64);
ALTER TABLE case_deadline ADD COLUMN escalated_to VARCHAR(64);
-- The period actually applied to a case's deadline (a variant may replace the rule's own).
ALTER TABLE case_deadline ADD COLUMN amount       INTEGER;
ALTER TABLE case_deadline ADD COLUMN unit         VARCHAR(16);
ALTER TABLE case_deadline ADD COLUMN article      TEXT;

-- The period of a deadline rule for a kind of case, where the law sets a different one. A case
-- whose attributes match no row keeps the rule's own period (deadline_rule.amount).
CREATE TABLE deadline_variant (
    rule_code    VARCHAR(48) NOT NULL REFERENCES deadline_rule (code),
    complexity   VARCHAR(16) NOT NULL CHECK (complexity IN ('normal', 'complex', 'very_complex')),
    remote_area  BOOLEAN     NOT NULL,
    attempt      SMALLINT    NOT NULL CHECK (attempt IN (1, 2)),
    amount       INTEGER     NOT NULL CHECK (amount > 0),
    unit         VARCHAR(16) NOT NULL CHECK (unit IN ('days', 'working_days', 'months')),
    article      TEXT        NOT NULL,
    PRIMARY KEY (rule_code, complexity, remote_area, attempt)
);
INSERT INTO deadline_variant (rule_code, complexity, remote_area, attempt, amount, unit, article) VALUES
 ('complaint.resolve', 'normal',       FALSE, 1, 30, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 28 khoản 1'),
 ('complaint.resolve', 'complex',      FALSE, 1, 45, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 28 khoản 1 (vụ việc phức tạp)'),
 ('complaint.resolve', 'very_complex', FALSE, 1, 45, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 28 khoản 1 (vụ việc phức tạp)'),
 ('complaint.resolve', 'normal',       TRUE,  1, 45, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 28 khoản 2 (vùng sâu, vùng xa)'),
 ('complaint.resolve', 'complex',      TRUE,  1, 60, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 28 khoản 2 (vùng sâu, vùng xa, phức tạp)'),
 ('complaint.resolve', 'very_complex', TRUE,  1, 60, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 28 khoản 2 (vùng sâu, vùng xa, phức tạp)'),
 ('complaint.resolve', 'normal',       FALSE, 2, 45, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 37 (lần hai)'),
 ('complaint.resolve', 'complex',      FALSE, 2, 60, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 37 (lần hai, phức tạp)'),
 ('complaint.resolve', 'very_complex', FALSE, 2, 60, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 37 (lần hai, phức tạp)'),
 ('complaint.resolve', 'normal',       TRUE,  2, 60, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 37 (lần hai, vùng sâu, vùng xa)'),
 ('complaint.resolve', 'complex',      TRUE,  2, 70, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 37 (lần hai, vùng sâu, vùng xa, phức tạp)'),
 ('complaint.resolve', 'very_complex', TRUE,  2, 70, 'days', 'Luật Khiếu nại 02/2011/QH13 Điều 37 (lần hai, vùng sâu, vùng xa, phức tạp)'),
 ('crime_report.resolve', 'complex',      FALSE, 1, 2, 'months', 'Bộ luật Tố tụng hình sự 2015 Điều 147 khoản 2 (nhiều tình tiết phức tạp)'),
 ('crime_report.resolve', 'very_complex', FALSE, 1, 2, 'months', 'Bộ luật Tố tụng hình sự 2015 Điều 147 khoản 2 (nhiều tình tiết phức tạp)'),
 ('crime_report.resolve', 'complex',      TRUE,  1, 2, 'months', 'Bộ luật Tố tụng hình sự 2015 Điều 147 khoản 2 (nhiều tình tiết phức tạp)'),
 ('crime_report.resolve', 'very_complex', TRUE,  1, 2, 'months', 'Bộ luật Tố tụng hình sự 2015 Điều 147 khoản 2 (nhiều tình tiết phức tạp)');

-- Which deadlines the law lets be extended, for which cases, how often and by how much. A
-- deadline with no row here cannot be extended (complexity = '*' matches any case).
CREATE TABLE deadline_extension_rule (
    rule_code    VARCHAR(48) NOT NULL REFERENCES deadline_rule (code),
    complexity   VARCHAR(16) NOT NULL CHECK (complexity IN ('*', 'normal', 'complex', 'very_complex')),
    max_times    INTEGER     NOT NULL CHECK (max_times > 0),
    max_amount   INTEGER     NOT NULL CHECK (max_amount > 0),
    unit         VARCHAR(16) NOT NULL CHECK (unit IN ('days', 'working_days', 'months')),
    article      TEXT        NOT NULL,
    PRIMARY KEY (rule_code, complexity)
);
INSERT INTO deadline_extension_rule (rule_code, complexity, max_times, max_amount, unit, article) VALUES
 ('denunciation.resolve', 'complex',      1, 30, 'days',   'Luật Tố cáo 25/2018/QH14 Điều 30 khoản 1: vụ việc phức tạp gia hạn một lần, không quá 30 ngày'),
 ('denunciation.resolve', 'very_complex', 2, 30, 'days',   'Luật Tố cáo 25/2018/QH14 Điều 30 khoản 1: vụ việc đặc biệt phức tạp gia hạn hai lần, mỗi lần không quá 30 ngày'),
 ('crime_report.resolve', 'complex',      1, 2,  'months', 'Bộ luật Tố tụng hình sự 2015 Điều 147 khoản 2: Viện kiểm sát gia hạn một lần, không quá 02 tháng'),
 ('crime_report.resolve', 'very_complex', 1, 2,  'months', 'Bộ luật Tố tụng hình sự 2015 Điều 147 khoản 2: Viện kiểm sát gia hạn một lần, không quá 02 tháng'),
 ('notice.contest',       '*',            2, 30, 'days',   'Thời hạn do PhoiHop cấu hình (không phải thời hạn luật định): gia hạn tối đa hai lần, mỗi lần 30 ngày');

-- Every extension granted, so that a reclassification recounts the due date from the start and
-- the number of extensions is checked against the rule.
CREATE TABLE case_deadline_extension (
    id           BIGSERIAL PRIMARY KEY,
    case_id      BIGINT      NOT NULL REFERENCES case_file (id),
    rule_code    VARCHAR(48) NOT NULL,
    amount       INTEGER     NOT NULL,
    unit         VARCHAR(16) NOT NULL,
    reason       TEXT        NOT NULL,
    actor        VARCHAR(64) NOT NULL,
    at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_deadline_extension_case ON case_deadline_extension (case_id, rule_code);
