-- Issue #7 part B: jurisdiction, classification, personal data by legal basis, police access
-- requests, and data protection (processing register, retention, data-subject requests, breaches).

-- Clearance of a person (thường < mật < tối mật) and, for commune-level staff, their commune.
ALTER TABLE app_user ADD COLUMN clearance VARCHAR(16) NOT NULL DEFAULT 'thuong'
    CHECK (clearance IN ('thuong', 'mat', 'toi_mat'));
ALTER TABLE app_user ADD COLUMN commune_code VARCHAR(5) CHECK (commune_code ~ '^[0-9]{5}$');

-- Classification of cases and of the documents attached to them (Luật Bảo vệ bí mật nhà nước
-- 29/2018/QH14 Điều 8: tuyệt mật, tối mật, mật; QCPH 01/2022 Điều 3.3 keeps exchanged
-- information within the law on state secrets). "tuyệt mật" is not handled by this platform.
ALTER TABLE case_file ADD COLUMN classification VARCHAR(16) NOT NULL DEFAULT 'thuong'
    CHECK (classification IN ('thuong', 'mat', 'toi_mat'));
ALTER TABLE case_attachment ADD COLUMN classification VARCHAR(16) NOT NULL DEFAULT 'thuong'
    CHECK (classification IN ('thuong', 'mat', 'toi_mat'));

-- Findings whose subject and evidence name a person (the rest name employers, facilities).
CREATE TABLE personal_data_rule (
    rule_prefix   VARCHAR(64) PRIMARY KEY,
    categories    TEXT        NOT NULL
);
INSERT INTO personal_data_rule (rule_prefix, categories) VALUES
 ('POP-', 'định danh, họ tên, ngày sinh, giới tính'),
 ('DECEASED-PAYMENT', 'định danh, ngày chết, chi trả lương hưu'),
 ('UI-WHILE-EMPLOYED', 'định danh, quyết định trợ cấp thất nghiệp, quá trình làm việc'),
 ('DUP-HEALTH-CARD', 'định danh, thẻ BHYT'),
 ('ETHNIC-CARD-NOT-ELIGIBLE', 'định danh, thẻ BHYT, dân tộc (nhạy cảm)'),
 ('STUDENT-', 'định danh, họ tên, ngày sinh, thẻ BHYT của học sinh'),
 ('CHILD-', 'định danh, họ tên, ngày sinh, thẻ BHYT của trẻ em');

-- Who may see person-level data unmasked: a scope ("finding:<rule prefix>", "case:referral",
-- "person") and a role of the registry, with the article that gives the basis. Everyone else sees
-- identifiers masked. The police read a person's record only through an approved request.
CREATE TABLE personal_data_basis (
    scope         VARCHAR(64) NOT NULL,
    registry_role VARCHAR(64) NOT NULL,
    basis         TEXT        NOT NULL,
    PRIMARY KEY (scope, registry_role)
);
INSERT INTO personal_data_basis (scope, registry_role, basis) VALUES
 ('finding:', 'social_security.province', 'Luật BHXH 41/2024/QH15 Điều 30.3 (cơ quan BHXH quản lý và được kết nối, chia sẻ dữ liệu)'),
 ('finding:', 'social_security.central', 'Luật BHXH 41/2024/QH15 Điều 30.3'),
 ('person', 'social_security.province', 'Luật BHXH 41/2024/QH15 Điều 30.3 (cơ sở dữ liệu BHXH do cơ quan BHXH quản lý)'),
 ('person', 'social_security.central', 'Luật BHXH 41/2024/QH15 Điều 30.3'),
 ('finding:UI-WHILE-EMPLOYED', 'labour_authority.province', 'Chương trình phối hợp LĐTBXH–BHXH (002) mục II.A.2.đ, II.B.2.c: kết nối dữ liệu đóng và hưởng BHTN'),
 ('finding:STUDENT-', 'education.province', 'Quy chế Kon Tum 2024 (004) Điều 10: 100% học sinh tham gia BHYT'),
 ('finding:CHILD-', 'peoples_committee.province', 'Quy chế Kon Tum 2024 (004) Điều 20.5: cấp thẻ BHYT trẻ em qua đăng ký khai sinh'),
 ('finding:CHILD-', 'commune_committee', 'Quy chế Kon Tum 2024 (004) Điều 20.5'),
 ('finding:ETHNIC-CARD-NOT-ELIGIBLE', 'ethnic_affairs.province', 'Quy chế Kon Tum 2024 (004) Điều 15: không cấp trùng thẻ BHYT hỗ trợ đồng bào dân tộc'),
 ('finding:DUP-HEALTH-CARD', 'ethnic_affairs.province', 'Quy chế Kon Tum 2024 (004) Điều 15'),
 ('case:referral', 'police.province', 'QCPH 01/2022 Điều 6.5, 7.5: hồ sơ vụ việc chuyển cơ quan điều tra'),
 ('case:referral', 'police.central', 'QCPH 01/2022 Điều 6.5, 7.5');

-- Police requests for an insured person's record (QCPH 01/2022 Điều 7.1.đ): recorded with person,
-- purpose, legal basis and period; approved or denied by social security; valid until a time.
CREATE TABLE police_access_request (
    id              BIGSERIAL    PRIMARY KEY,
    person_id       VARCHAR(12)  NOT NULL CHECK (person_id ~ '^([0-9]{12}|[0-9]{10})$'),
    purpose         TEXT         NOT NULL CHECK (length(purpose) > 0),
    legal_basis     TEXT         NOT NULL CHECK (length(legal_basis) > 0),
    period_from     DATE         NOT NULL,
    period_to       DATE         NOT NULL CHECK (period_to >= period_from),
    province_code   VARCHAR(2),
    agency_code     VARCHAR(64)  NOT NULL,
    requested_by    VARCHAR(64)  NOT NULL,
    requested_at    TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('pending', 'approved', 'denied')),
    decided_by      VARCHAR(64),
    decided_agency  VARCHAR(64),
    decided_at      TIMESTAMPTZ,
    decision_note   TEXT,
    valid_until     TIMESTAMPTZ,
    CHECK (status <> 'approved' OR valid_until IS NOT NULL)
);
CREATE INDEX police_access_request_person ON police_access_request (person_id, agency_code);

-- Legal and chosen time limits of this part, as data with their citation.
CREATE TABLE protection_period (
    code          VARCHAR(48) PRIMARY KEY,
    amount        INTEGER     NOT NULL CHECK (amount > 0),
    unit          VARCHAR(16) NOT NULL CHECK (unit IN ('hours', 'days', 'working_days', 'months')),
    citation      TEXT        NOT NULL
);
INSERT INTO protection_period (code, amount, unit, citation) VALUES
 ('police_access.validity', 30, 'days', 'Thời hạn hiệu lực phê duyệt do nền tảng chọn; QCPH 01/2022 Điều 7.1.đ không quy định thời hạn (cấu hình được)'),
 ('breach.notify', 72, 'hours', 'Luật BVDLCN 91/2025/QH15 và Nghị định 356/2025/NĐ-CP: thông báo vi phạm trong 72 giờ [nguồn thứ cấp, shared/spec/legal.md; chưa đối chiếu điều khoản]'),
 ('subject_request.acknowledge', 2, 'working_days', 'Nghị định 356/2025/NĐ-CP: phản hồi yêu cầu của chủ thể trong 2 ngày làm việc [nguồn thứ cấp; chưa đối chiếu điều khoản]'),
 ('subject_request.complete', 15, 'days', 'Chưa đối chiếu (unverified): thời hạn thực hiện yêu cầu của chủ thể dữ liệu — cấu hình được');

-- The processing register (hồ sơ hoạt động xử lý dữ liệu): one row per dataset the platform holds.
CREATE TABLE processing_register (
    dataset           VARCHAR(40)  PRIMARY KEY,
    purpose_vi        TEXT         NOT NULL,
    purpose_en        TEXT         NOT NULL,
    legal_basis       TEXT         NOT NULL,
    categories        TEXT         NOT NULL,
    sensitive         BOOLEAN      NOT NULL,
    recipients        TEXT         NOT NULL,
    retention_months  INTEGER      NOT NULL CHECK (retention_months > 0),
    retention_basis   TEXT         NOT NULL
);
INSERT INTO processing_register VALUES
 ('population', 'Đối chiếu định danh người tham gia BHXH, BHYT với CSDL quốc gia về dân cư', 'Verify insured persons against the population database', 'QCPH 01/2022 Điều 6.2.d, 7.2.e; Luật BHXH 41/2024 Điều 30.3', 'định danh, họ tên, ngày sinh, giới tính, nơi cư trú', FALSE, 'BHXH tỉnh; Công an tỉnh (theo yêu cầu, Điều 7.1.đ)', 60, 'Chưa đối chiếu (unverified): thời hạn lưu do cơ quan chủ quản quyết định'),
 ('insured_persons', 'Quản lý người tham gia BHXH, BHYT, BHTN', 'Manage insured persons', 'Luật BHXH 41/2024 Điều 30.3', 'định danh, mã số BHXH, họ tên, ngày sinh', FALSE, 'BHXH tỉnh; các cơ quan theo bảng cơ sở pháp lý', 60, 'Chưa đối chiếu (unverified)'),
 ('employers', 'Quản lý đơn vị sử dụng lao động tham gia BHXH', 'Manage participating employers', 'Luật BHXH 41/2024 Điều 35', 'thông tin tổ chức (không phải dữ liệu cá nhân)', FALSE, 'BHXH tỉnh; Sở Nội vụ; Thuế; LĐLĐ; Thanh tra', 120, 'Chưa đối chiếu (unverified)'),
 ('employment', 'Quá trình làm việc của người lao động, đối soát hưởng BHTN', 'Employment history, checked against unemployment benefits', 'Luật BHXH 41/2024 Điều 30.3', 'định danh, mã số BHXH, đơn vị, thời gian làm việc', FALSE, 'BHXH tỉnh; Sở Nội vụ', 120, 'Chưa đối chiếu (unverified)'),
 ('contribution_dues', 'Đối soát số phải đóng, phát hiện chậm đóng, trốn đóng', 'Reconcile contributions due, detect late payment and evasion', 'Luật BHXH 41/2024 Điều 34, 38, 39', 'thông tin tổ chức, số tiền', FALSE, 'BHXH tỉnh; Công an tỉnh (khi chuyển hồ sơ, QCPH 01/2022 Điều 6.5)', 120, 'Chưa đối chiếu (unverified)'),
 ('contribution_payments', 'Đối soát số đã đóng', 'Reconcile contributions paid', 'Luật BHXH 41/2024 Điều 34', 'thông tin tổ chức, số tiền', FALSE, 'BHXH tỉnh', 120, 'Chưa đối chiếu (unverified)'),
 ('business_registry', 'Danh sách doanh nghiệp thành lập, tạm ngừng, giải thể', 'Businesses founded, suspended, dissolved', 'Quy chế Kon Tum 2024 Điều 9.1', 'thông tin tổ chức; người đại diện theo pháp luật (cơ bản)', FALSE, 'BHXH tỉnh; Thuế; LĐLĐ', 120, 'Chưa đối chiếu (unverified)'),
 ('tax_employers', 'Đối chiếu số lao động và chi phí BHXH khấu trừ thuế', 'Compare employee counts and deducted SI cost', 'Quy chế Kon Tum 2024 Điều 16', 'thông tin tổ chức', FALSE, 'Thuế tỉnh; BHXH tỉnh', 120, 'Chưa đối chiếu (unverified)'),
 ('union_units', 'Công đoàn cơ sở mới thành lập ↔ đơn vị tham gia BHXH', 'New trade unions and participating units', 'QCPH 1619 Điều 13, 21', 'thông tin tổ chức', FALSE, 'LĐLĐ tỉnh; BHXH tỉnh', 120, 'Chưa đối chiếu (unverified)'),
 ('facility_spending', 'Chi phí khám chữa bệnh BHYT vượt dự toán', 'Health-facility spending above estimate', 'Quy chế Kon Tum 2024 Điều 6.1', 'thông tin cơ sở y tế (không phải dữ liệu cá nhân)', FALSE, 'Sở Y tế; BHXH tỉnh', 120, 'Chưa đối chiếu (unverified)'),
 ('payment_reminders', 'Văn bản đôn đốc đóng BHXH', 'Written payment reminders', 'Luật BHXH 41/2024 Điều 35', 'thông tin tổ chức', FALSE, 'BHXH tỉnh; Sở Nội vụ; Thanh tra', 120, 'Chưa đối chiếu (unverified)'),
 ('health_cards', 'Quản lý thẻ BHYT, phát hiện trùng thẻ', 'Manage health cards, detect duplicates', 'Luật BHYT; Quy chế Kon Tum 2024 Điều 15', 'định danh, số thẻ BHYT, đối tượng (dữ liệu sức khỏe — nhạy cảm)', TRUE, 'BHXH tỉnh; Sở Dân tộc và Tôn giáo', 60, 'Chưa đối chiếu (unverified)'),
 ('pension_payments', 'Phát hiện chi trả sau khi chết', 'Detect payments after death', 'QCPH 01/2022 Điều 6.5', 'định danh, số tiền chi trả', TRUE, 'BHXH tỉnh; Công an tỉnh (khi chuyển hồ sơ)', 60, 'Chưa đối chiếu (unverified)'),
 ('ui_benefits', 'Phát hiện hưởng BHTN khi đang làm việc', 'Detect unemployment benefit while employed', 'Chương trình phối hợp (002) II.A.2.đ', 'định danh, quyết định hưởng', TRUE, 'Sở Nội vụ; BHXH tỉnh', 60, 'Chưa đối chiếu (unverified)'),
 ('students', 'Bảo đảm 100% học sinh có thẻ BHYT', 'Ensure every student is insured', 'Quy chế Kon Tum 2024 Điều 10', 'định danh, họ tên, ngày sinh của học sinh (trẻ em)', TRUE, 'Sở Giáo dục và Đào tạo; BHXH tỉnh', 36, 'Chưa đối chiếu (unverified)'),
 ('birth_registrations', 'Cấp thẻ BHYT trẻ em qua đăng ký khai sinh', 'Health cards for newborns via birth registration', 'Quy chế Kon Tum 2024 Điều 20.5', 'định danh, họ tên, ngày sinh của trẻ em', TRUE, 'UBND; BHXH tỉnh', 36, 'Chưa đối chiếu (unverified)'),
 ('ethnic_support', 'Kiểm tra đối tượng hỗ trợ thẻ BHYT đồng bào dân tộc', 'Check ethnic-minority card support', 'Quy chế Kon Tum 2024 Điều 15', 'định danh, họ tên, dân tộc (nhạy cảm)', TRUE, 'Sở Dân tộc và Tôn giáo; BHXH tỉnh', 36, 'Chưa đối chiếu (unverified)'),
 ('public_complaints', 'Tiếp nhận, giải quyết khiếu nại, tố cáo của công dân', 'Handle complaints and denunciations', 'Luật Khiếu nại 02/2011/QH13; Luật Tố cáo 25/2018/QH14', 'họ tên, liên hệ của người khiếu nại, tố cáo', FALSE, 'Cơ quan có thẩm quyền theo chủ đề', 60, 'Chưa đối chiếu (unverified): thông tin liên hệ được xóa sau thời hạn này kể từ khi đóng hồ sơ'),
 ('police_access_requests', 'Ghi nhận yêu cầu cung cấp thông tin của Công an', 'Record police requests for personal data', 'QCPH 01/2022 Điều 7.1.đ', 'định danh người được yêu cầu, mục đích', FALSE, 'BHXH tỉnh; Công an tỉnh', 120, 'Chưa đối chiếu (unverified)');

-- A retention pass (dry run or real): append-only, like the audit trail.
CREATE TABLE retention_run (
    id          BIGSERIAL    PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL,
    dry_run     BOOLEAN      NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    results     TEXT         NOT NULL     -- JSON: [{dataset, cutoff, affected}]
);

-- Requests of data subjects (access, correction, deletion), with their deadlines.
CREATE TABLE subject_request (
    id              BIGSERIAL    PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('access', 'correction', 'deletion', 'objection')),
    person_id       VARCHAR(12)  NOT NULL CHECK (person_id ~ '^([0-9]{12}|[0-9]{10})$'),
    requester       VARCHAR(200) NOT NULL,
    channel         VARCHAR(32)  NOT NULL,
    details         TEXT         NOT NULL DEFAULT '',
    agency_code     VARCHAR(64)  NOT NULL,
    province_code   VARCHAR(2),
    received_at     TIMESTAMPTZ  NOT NULL,
    acknowledge_by  DATE         NOT NULL,
    due_on          DATE         NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('received', 'acknowledged', 'completed', 'refused')),
    acknowledged_at TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    response        TEXT,
    recorded_by     VARCHAR(64)  NOT NULL
);

-- Personal data breaches with the 72-hour notification clock.
CREATE TABLE data_breach (
    id                BIGSERIAL    PRIMARY KEY,
    agency_code       VARCHAR(64)  NOT NULL,
    province_code     VARCHAR(2),
    detected_at       TIMESTAMPTZ  NOT NULL,
    registered_at     TIMESTAMPTZ  NOT NULL,
    registered_by     VARCHAR(64)  NOT NULL,
    description       TEXT         NOT NULL CHECK (length(description) > 0),
    categories        TEXT         NOT NULL DEFAULT '',
    subjects_estimate BIGINT,
    notify_due_at     TIMESTAMPTZ  NOT NULL,
    notified_at       TIMESTAMPTZ,
    notified_to       TEXT,
    notification_ref  TEXT,
    closed_at         TIMESTAMPTZ,
    closure_note      TEXT,
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('open', 'notified', 'closed'))
);

-- Records of basis and of retention are evidence: never deleted (the retention pass also never
-- rewritten); changes of status are audited in audit_event.
CREATE FUNCTION protection_record_no_delete() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only for deletions: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER retention_run_append_only BEFORE UPDATE OR DELETE ON retention_run
    FOR EACH ROW EXECUTE FUNCTION protection_record_no_delete();
CREATE TRIGGER retention_run_no_truncate BEFORE TRUNCATE ON retention_run
    FOR EACH STATEMENT EXECUTE FUNCTION protection_record_no_delete();
CREATE TRIGGER police_access_request_no_delete BEFORE DELETE ON police_access_request
    FOR EACH ROW EXECUTE FUNCTION protection_record_no_delete();
CREATE TRIGGER police_access_request_no_truncate BEFORE TRUNCATE ON police_access_request
    FOR EACH STATEMENT EXECUTE FUNCTION protection_record_no_delete();
CREATE TRIGGER data_breach_no_delete BEFORE DELETE ON data_breach
    FOR EACH ROW EXECUTE FUNCTION protection_record_no_delete();
CREATE TRIGGER subject_request_no_delete BEFORE DELETE ON subject_request
    FOR EACH ROW EXECUTE FUNCTION protection_record_no_delete();

CREATE INDEX audit_event_search ON audit_event (actor, occurred_at);
