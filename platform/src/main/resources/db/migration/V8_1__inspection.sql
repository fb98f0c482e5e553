-- Issue #8: joint inspections. Risk factors, planning months, inspection types and their
-- checklists, and which roles lead or join a team are data with their legal basis.

-- The risk score of a candidate: the sum over factors of min(max_points, points_per_unit × quantity).
CREATE TABLE inspection_risk_factor (
    code            VARCHAR(40)  PRIMARY KEY,
    position        INTEGER      NOT NULL,
    label_vi        TEXT         NOT NULL,
    label_en        TEXT         NOT NULL,
    points_per_unit NUMERIC(8,2) NOT NULL,
    unit            VARCHAR(16)  NOT NULL CHECK (unit IN ('flat', 'month', '10m_vnd', 'employee', 'count')),
    max_points      NUMERIC(8,2),
    legal_basis     TEXT         NOT NULL,
    description_vi  TEXT         NOT NULL,
    description_en  TEXT         NOT NULL
);
INSERT INTO inspection_risk_factor VALUES
 ('evasion', 1, 'Trốn đóng', 'Evasion', 30, 'flat', 30,
  'Luật BHXH 41/2024/QH15 Điều 39.1; QCPH 01/2022 Điều 6.5',
  'Có phát hiện trốn đóng (ARREARS-EVASION) chưa bị bác bỏ: quá hạn trên 60 ngày sau khi đã đôn đốc bằng văn bản.',
  'An evasion finding (ARREARS-EVASION) not dismissed: overdue over 60 days after a written reminder.'),
 ('criminal_threshold', 2, 'Đạt ngưỡng Điều 216 BLHS', 'Reaches Penal Code Điều 216', 20, 'flat', 20,
  'Bộ luật Hình sự 2015 Điều 216.1; Quy chế Kon Tum Điều 17.2',
  'Phát hiện trốn đóng mang cờ criminal_threshold (≥ 6 kỳ và ≥ 50 triệu đồng hoặc ≥ 10 lao động).',
  'The evasion finding carries the criminal_threshold flag (≥ 6 periods and ≥ 50 million VND or ≥ 10 employees).'),
 ('arrears_months', 3, 'Số tháng nợ', 'Months in arrears', 3, 'month', 30,
  'Luật BHXH 41/2024/QH15 Điều 38, 34.4',
  '3 điểm cho mỗi kỳ đóng quá hạn (chậm đóng hoặc trốn đóng), tối đa 30 điểm.',
  '3 points per overdue period (late payment or evasion), at most 30.'),
 ('arrears_amount', 4, 'Số tiền nợ', 'Amount in arrears', 2, '10m_vnd', 20,
  'Luật BHXH 41/2024/QH15 Điều 38, 40',
  '2 điểm cho mỗi 10 triệu đồng nợ quá hạn, tối đa 20 điểm.',
  '2 points per 10 million VND overdue, at most 20.'),
 ('under_declared', 5, 'Đóng không đủ số lao động', 'Under-declared employees', 1, 'employee', 20,
  'Luật BHXH 41/2024/QH15 Điều 39.1.a; QCPH 1619/2012 Điều 18.1',
  '1 điểm cho mỗi lao động có trong tờ khai thuế TNCN nhưng không tham gia BHXH, tối đa 20 điểm.',
  '1 point per employee in the income-tax return without social insurance, at most 20.'),
 ('not_registered', 6, 'Chưa đăng ký tham gia', 'Not registered', 20, 'flat', 20,
  'Luật BHXH 41/2024/QH15 Điều 28.1, 39.1; Quy chế Kon Tum Điều 16',
  'Đơn vị có lao động (theo thuế hoặc công đoàn) nhưng chưa đăng ký tham gia BHXH.',
  'A unit with employees (per tax or trade union) that never registered for social insurance.'),
 ('tax_gap', 7, 'Chênh lệch chi phí BHXH kê khai thuế', 'Tax deduction gap', 2, '10m_vnd', 20,
  'Quy chế Kon Tum Điều 16.3',
  '2 điểm cho mỗi 10 triệu đồng chi phí BHXH đã trừ khi tính thuế nhưng không nộp cho BHXH, tối đa 20 điểm.',
  '2 points per 10 million VND of insurance cost deducted for tax but not paid, at most 20.'),
 ('defunct', 8, 'Dấu hiệu ngừng hoạt động', 'Defunct signals', 15, 'flat', 15,
  'Quy chế Kon Tum Điều 9.1, 16.4',
  'Doanh nghiệp đã giải thể, phá sản, ngừng kinh doanh hoặc không hoạt động tại địa chỉ mà vẫn còn nợ hoặc còn lao động.',
  'The enterprise is dissolved, bankrupt, ceased or not at its address, yet still owes or employs.'),
 ('complaints', 9, 'Khiếu nại, tố cáo', 'Complaints and denunciations', 10, 'count', 30,
  'QCPH 1619/2012 Điều 8, 18.3; Quy chế Kon Tum Điều 23',
  '10 điểm cho mỗi hồ sơ khiếu nại, tố cáo về đơn vị, tối đa 30 điểm.',
  '10 points per complaint or denunciation case about the employer, at most 30.'),
 ('previous_violation', 10, 'Đã vi phạm khi kiểm tra trước', 'Violation found before', 15, 'flat', 15,
  'QCPH 1619/2012 Điều 18.5',
  'Cuộc kiểm tra trước (2 năm gần nhất) đã kết luận có vi phạm.',
  'An inspection in the two previous years concluded with violations.'),
 ('recently_inspected', 11, 'Mới được kiểm tra, không vi phạm', 'Recently inspected, compliant', -20, 'flat', NULL,
  'Chỉ thị 20/CT-TTg ngày 17/05/2017 (không thanh tra, kiểm tra doanh nghiệp quá một lần trong năm)',
  'Đã được kiểm tra trong năm trước và kết luận không vi phạm: trừ điểm để tránh kiểm tra chồng chéo.',
  'Inspected last year without violation: points off to avoid repeated inspections.');

-- When the next year's plan is exchanged.
CREATE TABLE inspection_planning_rule (
    level           VARCHAR(16)  PRIMARY KEY CHECK (level IN ('central', 'province')),
    planning_month  INTEGER      NOT NULL CHECK (planning_month BETWEEN 1 AND 12),
    obligation_duty VARCHAR(40),
    legal_basis     TEXT         NOT NULL
);
INSERT INTO inspection_planning_rule VALUES
 ('central', 11, '001-7.1.a', 'QCPH 1619/2012 Điều 7.1 (tháng 11 hằng năm)'),
 ('province', 12, '001-18.1.a', 'QCPH 1619/2012 Điều 18.1 (tháng 12 hằng năm)');

-- Which roles may lead a joint team and which join it.
CREATE TABLE inspection_agency_role (
    role_code       VARCHAR(64)  PRIMARY KEY,
    may_lead        BOOLEAN      NOT NULL,
    legal_basis     TEXT         NOT NULL
);
INSERT INTO inspection_agency_role VALUES
 ('social_security.province', TRUE, 'Quy chế Kon Tum Điều 7.5; QCPH 1619/2012 Điều 18.1; QCPH 01/2022 Điều 7.5'),
 ('social_security.central', TRUE, 'QCPH 1619/2012 Điều 7.1; QCPH 01/2022 Điều 7.5'),
 ('trade_union.province', TRUE, 'QCPH 1619/2012 Điều 18.1–18.2; Quy chế Kon Tum Điều 21.2'),
 ('trade_union.central', TRUE, 'QCPH 1619/2012 Điều 7.1, 7.4'),
 ('labour_authority.province', TRUE, 'Quy chế Kon Tum Điều 5.3'),
 ('inspectorate.province', TRUE, 'Quy chế Kon Tum Điều 14'),
 ('police.province', FALSE, 'QCPH 01/2022 Điều 6.5; Quy chế Kon Tum Điều 17.3'),
 ('police.central', FALSE, 'QCPH 01/2022 Điều 6.5'),
 ('tax.province', FALSE, 'Quy chế Kon Tum Điều 16'),
 ('health.province', FALSE, 'Quy chế Kon Tum Điều 4.4, 6'),
 ('home_affairs.province', FALSE, 'Quy chế Kon Tum Điều 4.4');

CREATE TABLE inspection_type (
    code            VARCHAR(32)  PRIMARY KEY,
    label_vi        TEXT         NOT NULL,
    label_en        TEXT         NOT NULL,
    legal_basis     TEXT         NOT NULL
);
INSERT INTO inspection_type VALUES
 ('contribution', 'Kiểm tra việc đóng BHXH, BHYT, BHTN', 'Contributions (SI, HI, UI)',
  'Luật BHXH 41/2024/QH15 Điều 35; Quy chế Kon Tum Điều 7.5'),
 ('benefits', 'Kiểm tra thực hiện chế độ, chính sách cho người lao động', 'Benefits paid to employees',
  'QCPH 1619/2012 Điều 18.1; Quy chế Kon Tum Điều 21.2'),
 ('health_facility', 'Kiểm tra cơ sở khám bệnh, chữa bệnh BHYT', 'Health-insurance facility',
  'Quy chế Kon Tum Điều 7.5; QCPH 01/2022 Điều 7.5');

CREATE TABLE inspection_checklist_item (
    id              BIGSERIAL    PRIMARY KEY,
    type_code       VARCHAR(32)  NOT NULL REFERENCES inspection_type (code),
    position        INTEGER      NOT NULL,
    text_vi         TEXT         NOT NULL,
    text_en         TEXT         NOT NULL,
    legal_basis     TEXT         NOT NULL,
    UNIQUE (type_code, position)
);
INSERT INTO inspection_checklist_item (type_code, position, text_vi, text_en, legal_basis) VALUES
 ('contribution', 1, 'Đăng ký tham gia cho toàn bộ người lao động thuộc diện bắt buộc trong 30 ngày',
  'All employees subject to insurance registered within 30 days', 'Luật BHXH 41/2024/QH15 Điều 28.1'),
 ('contribution', 2, 'Tiền lương làm căn cứ đóng đúng với hợp đồng lao động và bảng lương',
  'Insured salary matches the labour contracts and payroll', 'Luật BHXH 41/2024/QH15 Điều 31, 39.1.a'),
 ('contribution', 3, 'Đóng đủ, đúng hạn (chậm nhất ngày cuối cùng của tháng tiếp theo)',
  'Paid in full and on time (by the last day of the following month)', 'Luật BHXH 41/2024/QH15 Điều 34.4'),
 ('contribution', 4, 'Đối chiếu số lao động kê khai thuế TNCN với số tham gia BHXH',
  'Employees in the income-tax return reconciled with those insured', 'Quy chế Kon Tum Điều 16.3'),
 ('contribution', 5, 'Khấu trừ phần đóng của người lao động và nộp đủ cho cơ quan BHXH',
  'Employee share withheld and paid in full to social security', 'Luật BHXH 41/2024/QH15 Điều 39.1'),
 ('benefits', 1, 'Chi trả chế độ ốm đau, thai sản đúng, đủ, kịp thời', 'Sickness and maternity benefits paid correctly and on time',
  'QCPH 1619/2012 Điều 18.1'),
 ('benefits', 2, 'Cấp, trả sổ BHXH và chốt quá trình đóng khi nghỉ việc', 'Insurance book returned and closed when an employee leaves',
  'Luật BHXH 41/2024/QH15 Điều 13'),
 ('benefits', 3, 'Thông báo công khai tình hình đóng BHXH cho người lao động', 'Contribution status published to employees',
  'Luật BHXH 41/2024/QH15 Điều 13'),
 ('benefits', 4, 'Giải quyết kiến nghị, khiếu nại của người lao động về BHXH', 'Employees'' requests and complaints on insurance handled',
  'QCPH 1619/2012 Điều 18.3'),
 ('health_facility', 1, 'Hồ sơ đề nghị thanh toán khớp với hồ sơ bệnh án', 'Claims match the medical records',
  'Quy chế Kon Tum Điều 6.1'),
 ('health_facility', 2, 'Không có lượt khám, chữa bệnh trùng lặp hoặc ảo', 'No duplicate or fictitious visits',
  'QCPH 01/2022 Điều 6.5'),
 ('health_facility', 3, 'Chi phí thực tế không vượt dự toán được giao hoặc có giải trình', 'Spending within the estimate or explained',
  'Quy chế Kon Tum Điều 6.1'),
 ('health_facility', 4, 'Xác thực thẻ BHYT bằng số định danh cá nhân', 'Health cards verified by personal id',
  'QCPH 01/2022 Điều 7.2.e');

-- The yearly plans. draft → consultation → approved → published.
CREATE TABLE inspection_plan (
    id              BIGSERIAL    PRIMARY KEY,
    year            INTEGER      NOT NULL,
    level           VARCHAR(16)  NOT NULL REFERENCES inspection_planning_rule (level),
    province_code   VARCHAR(2),
    lead_agency     VARCHAR(64)  NOT NULL,
    title           TEXT         NOT NULL,
    state           VARCHAR(16)  NOT NULL CHECK (state IN ('draft', 'consultation', 'approved', 'published')),
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    approved_by     VARCHAR(100),
    approved_at     TIMESTAMPTZ,
    published_at    TIMESTAMPTZ,
    UNIQUE (year, level, province_code, lead_agency)
);

-- Agencies consulted on a plan (they comment) and told when it is published.
CREATE TABLE inspection_plan_party (
    plan_id         BIGINT       NOT NULL REFERENCES inspection_plan (id),
    agency_code     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (plan_id, agency_code)
);

CREATE TABLE inspection_plan_comment (
    id              BIGSERIAL    PRIMARY KEY,
    plan_id         BIGINT       NOT NULL REFERENCES inspection_plan (id),
    agency_code     VARCHAR(64)  NOT NULL,
    author          VARCHAR(100) NOT NULL,
    body            TEXT         NOT NULL,
    at              TIMESTAMPTZ  NOT NULL
);

-- One inspection: planned (in a plan) or ad hoc (QCPH 1619/2012 Điều 7.2, 18.4).
-- planned → team_confirmed → in_progress → concluded → closed.
CREATE TABLE inspection (
    id              BIGSERIAL    PRIMARY KEY,
    plan_id         BIGINT       REFERENCES inspection_plan (id),
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('planned', 'adhoc')),
    adhoc_reason    TEXT,
    type_code       VARCHAR(32)  NOT NULL REFERENCES inspection_type (code),
    province_code   VARCHAR(2),
    target_code     VARCHAR(40)  NOT NULL,
    target_name     TEXT         NOT NULL,
    scope           TEXT         NOT NULL,
    period_from     DATE         NOT NULL,
    period_to       DATE         NOT NULL,
    planned_month   INTEGER      NOT NULL CHECK (planned_month BETWEEN 1 AND 12),
    year            INTEGER      NOT NULL,
    lead_agency     VARCHAR(64)  NOT NULL,
    risk_score      NUMERIC(8,2),
    state           VARCHAR(16)  NOT NULL CHECK (state IN ('planned', 'team_confirmed', 'in_progress', 'concluded', 'closed')),
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    started_on      DATE,
    CHECK (period_to >= period_from),
    CHECK (kind = 'planned' OR adhoc_reason IS NOT NULL)
);
CREATE INDEX inspection_plan_idx ON inspection (plan_id);
CREATE INDEX inspection_target_idx ON inspection (target_code, year);

CREATE TABLE inspection_member (
    inspection_id   BIGINT       NOT NULL REFERENCES inspection (id),
    agency_code     VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('invited', 'confirmed', 'declined')),
    invited_by      VARCHAR(100) NOT NULL,
    invited_at      TIMESTAMPTZ  NOT NULL,
    member_name     TEXT,
    answered_by     VARCHAR(100),
    answered_at     TIMESTAMPTZ,
    note            TEXT,
    PRIMARY KEY (inspection_id, agency_code)
);

CREATE TABLE inspection_check (
    inspection_id   BIGINT       NOT NULL REFERENCES inspection (id),
    item_id         BIGINT       NOT NULL REFERENCES inspection_checklist_item (id),
    result          VARCHAR(16)  NOT NULL CHECK (result IN ('compliant', 'violation', 'not_applicable')),
    note            TEXT,
    checked_by      VARCHAR(100) NOT NULL,
    agency_code     VARCHAR(64)  NOT NULL,
    checked_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (inspection_id, item_id)
);

-- Records (biên bản) of the inspection: working documents, never published (Luật Thanh tra 2022).
CREATE TABLE inspection_record (
    id              BIGSERIAL    PRIMARY KEY,
    inspection_id   BIGINT       NOT NULL REFERENCES inspection (id),
    number          VARCHAR(40)  NOT NULL,
    held_on         DATE         NOT NULL,
    place           TEXT         NOT NULL,
    content         TEXT         NOT NULL,
    employer_representative TEXT,
    created_by      VARCHAR(100) NOT NULL,
    agency_code     VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

-- The conclusion (kết luận), one per inspection; unpublished_content is what the law keeps
-- unpublished (QCPH 1619/2012 Điều 7.3): it reaches only the parties.
CREATE TABLE inspection_conclusion (
    inspection_id   BIGINT       PRIMARY KEY REFERENCES inspection (id),
    number          VARCHAR(40)  NOT NULL,
    concluded_on    DATE         NOT NULL,
    result          VARCHAR(16)  NOT NULL CHECK (result IN ('compliant', 'violation')),
    summary         TEXT         NOT NULL,
    unpublished_content TEXT,
    signer_name     TEXT         NOT NULL,
    signer_title    TEXT         NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE inspection_violation (
    id              BIGSERIAL    PRIMARY KEY,
    inspection_id   BIGINT       NOT NULL REFERENCES inspection (id),
    description     TEXT         NOT NULL,
    legal_basis     TEXT         NOT NULL,
    amount_to_recover_vnd BIGINT NOT NULL DEFAULT 0 CHECK (amount_to_recover_vnd >= 0)
);

-- Recommendations (kiến nghị), each followed to done.
CREATE TABLE inspection_recommendation (
    id              BIGSERIAL    PRIMARY KEY,
    inspection_id   BIGINT       NOT NULL REFERENCES inspection (id),
    text            TEXT         NOT NULL,
    addressee       TEXT         NOT NULL,
    responsible_agency VARCHAR(64) NOT NULL,
    due_on          DATE         NOT NULL,
    amount_vnd      BIGINT       NOT NULL DEFAULT 0 CHECK (amount_vnd >= 0),
    follow_up       VARCHAR(16)  NOT NULL DEFAULT 'none' CHECK (follow_up IN ('none', 'sanction', 'refer_police')),
    case_id         BIGINT,
    status          VARCHAR(16)  NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    done_on         DATE,
    done_note       TEXT,
    recovered_vnd   BIGINT       NOT NULL DEFAULT 0 CHECK (recovered_vnd >= 0),
    reminded_on     DATE,
    overdue_notified_on DATE
);
CREATE INDEX inspection_recommendation_due ON inspection_recommendation (status, due_on);

-- When reminders go out, as data.
CREATE TABLE inspection_reminder_rule (
    code            VARCHAR(32)  PRIMARY KEY,
    days_before_due INTEGER      NOT NULL,
    legal_basis     TEXT         NOT NULL
);
INSERT INTO inspection_reminder_rule VALUES
 ('recommendation.due', 7, 'QCPH 1619/2012 Điều 18.2 (kết quả kiểm tra gửi bên tham gia để theo dõi và xử lý)');
