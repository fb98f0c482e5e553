-- Notice and contest: the period the subject has to contest a notice (default 30 days; the
-- amount is overridden by phoihop.casework.contest-days).
INSERT INTO deadline_rule (code, case_type, label_vi, label_en, amount, unit, article) VALUES
 ('notice.contest', 'any', 'Thời hạn đối tượng phản hồi thông báo', 'Period for the subject to contest the notice', 30,
  'days', 'Thông báo theo thể thức Nghị định 30/2020/NĐ-CP; thời hạn cấu hình phoihop.casework.contest-days');

-- Complaints and denunciations from the public form.
ALTER TABLE case_file ADD COLUMN tracking_code VARCHAR(16) UNIQUE;
ALTER TABLE case_file ADD COLUMN complainant   VARCHAR(200);
ALTER TABLE case_file ADD COLUMN contact       VARCHAR(200);
ALTER TABLE case_file ADD COLUMN body          TEXT;

-- Routing by subject: a topic of the public form → the role competent for it in the province.
CREATE TABLE public_topic (
    topic           VARCHAR(32)  PRIMARY KEY,
    role_code       VARCHAR(64)  NOT NULL,
    label_vi        TEXT         NOT NULL,
    label_en        TEXT         NOT NULL,
    basis           TEXT         NOT NULL
);
INSERT INTO public_topic (topic, role_code, label_vi, label_en, basis) VALUES
 ('social_insurance', 'social_security.province', 'Bảo hiểm xã hội, bảo hiểm y tế', 'Social and health insurance', 'Luật BHXH 41/2024 Điều 131'),
 ('unemployment', 'labour_authority.province', 'Bảo hiểm thất nghiệp, việc làm', 'Unemployment insurance, employment', 'Luật Việc làm; QCPH 1619 Điều 8'),
 ('labour', 'labour_authority.province', 'Hợp đồng lao động, tiền lương', 'Labour contracts, wages', 'Bộ luật Lao động 2019'),
 ('health_facility', 'health.province', 'Khám chữa bệnh BHYT', 'Health insurance care', 'Luật BHYT'),
 ('other', 'peoples_committee.province', 'Khác', 'Other', 'Luật Khiếu nại 02/2011/QH13; Luật Tố cáo 25/2018/QH14');
