-- Reference data of the registry: the roles the regulations address, the provinces before and
-- after the 2025 merger, and Vietnam's public holidays 2025–2027. All of it is editable data.

INSERT INTO registry_role (code, level, name_vi, name_en) VALUES
('social_security.central',    'central',  'Bảo hiểm xã hội Việt Nam', 'Vietnam Social Security'),
('police.central',             'central',  'Bộ Công an', 'Ministry of Public Security'),
('labour_authority.central',   'central',  'Cơ quan quản lý nhà nước về lao động (Bộ LĐTBXH, nay Bộ Nội vụ)', 'Labour ministry (MOLISA, now Ministry of Home Affairs)'),
('trade_union.central',        'central',  'Tổng Liên đoàn Lao động Việt Nam', 'Vietnam General Confederation of Labour'),
('finance.central',            'central',  'Bộ Tài chính', 'Ministry of Finance'),
('health.central',             'central',  'Bộ Y tế', 'Ministry of Health'),
('emulation_council.central',  'central',  'Ban Thi đua - Khen thưởng Trung ương', 'Central Emulation and Commendation Board'),
('social_security.province',   'province', 'Bảo hiểm xã hội tỉnh', 'Provincial social security'),
('police.province',            'province', 'Công an tỉnh', 'Provincial police'),
('labour_authority.province',  'province', 'Cơ quan lao động cấp tỉnh (Sở LĐTBXH, từ 01/03/2025 Sở Nội vụ)', 'Provincial labour authority (DOLISA, from 01/03/2025 Home Affairs)'),
('business_registration.province', 'province', 'Cơ quan đăng ký kinh doanh cấp tỉnh (Sở KH&ĐT, từ 01/03/2025 Sở Tài chính)', 'Provincial business registration (DPI, from 01/03/2025 Finance)'),
('planning.province',          'province', 'Cơ quan kế hoạch cấp tỉnh (Sở KH&ĐT, từ 01/03/2025 Sở Tài chính)', 'Provincial planning authority (DPI, from 01/03/2025 Finance)'),
('finance.province',           'province', 'Sở Tài chính', 'Provincial Department of Finance'),
('tax.province',               'province', 'Cơ quan thuế cấp tỉnh (Cục Thuế tỉnh, từ 01/07/2025 Thuế tỉnh)', 'Provincial tax office'),
('health.province',            'province', 'Sở Y tế', 'Provincial Department of Health'),
('education.province',         'province', 'Sở Giáo dục và Đào tạo', 'Provincial Department of Education and Training'),
('home_affairs.province',      'province', 'Sở Nội vụ', 'Provincial Department of Home Affairs'),
('trade_union.province',       'province', 'Liên đoàn Lao động tỉnh', 'Provincial Labour Federation'),
('peoples_committee.province', 'province', 'Ủy ban nhân dân tỉnh', 'Provincial People''s Committee'),
('ethnic_affairs.province',    'province', 'Cơ quan công tác dân tộc cấp tỉnh (Ban Dân tộc)', 'Provincial ethnic affairs body'),
('inspectorate.province',      'province', 'Thanh tra tỉnh', 'Provincial Inspectorate'),
('information.province',       'province', 'Cơ quan thông tin và truyền thông cấp tỉnh', 'Provincial information and communications body'),
('justice.province',           'province', 'Sở Tư pháp', 'Provincial Department of Justice'),
('economic_zone.province',     'province', 'Ban Quản lý khu kinh tế tỉnh', 'Provincial Economic Zone Authority'),
('fatherland_front.province',  'province', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Provincial Fatherland Front Committee'),
('emulation_council.province', 'province', 'Hội đồng Thi đua - Khen thưởng tỉnh', 'Provincial Emulation and Commendation Council'),
('commune_committee',          'commune',  'Ủy ban nhân dân cấp xã (trước 01/07/2025: cấp huyện)', 'Commune People''s Committees (before 01/07/2025: district)');

-- Provinces since 01/07/2025: Resolution 202/2025/QH15 (merger) and Decision 19/2025/QĐ-TTg
-- (codes of administrative units; codes of abolished units are never reused).
INSERT INTO admin_unit (code, level, name_vi, valid_from, source) VALUES
('01','province','Thành phố Hà Nội','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('04','province','Tỉnh Cao Bằng','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('08','province','Tỉnh Tuyên Quang','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('11','province','Tỉnh Điện Biên','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('12','province','Tỉnh Lai Châu','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('14','province','Tỉnh Sơn La','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('15','province','Tỉnh Lào Cai','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('19','province','Tỉnh Thái Nguyên','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('20','province','Tỉnh Lạng Sơn','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('22','province','Tỉnh Quảng Ninh','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('24','province','Tỉnh Bắc Ninh','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('25','province','Tỉnh Phú Thọ','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('31','province','Thành phố Hải Phòng','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('33','province','Tỉnh Hưng Yên','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('37','province','Tỉnh Ninh Bình','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('38','province','Tỉnh Thanh Hóa','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('40','province','Tỉnh Nghệ An','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('42','province','Tỉnh Hà Tĩnh','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('44','province','Tỉnh Quảng Trị','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('46','province','Thành phố Huế','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('48','province','Thành phố Đà Nẵng','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('51','province','Tỉnh Quảng Ngãi','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('52','province','Tỉnh Gia Lai','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('56','province','Tỉnh Khánh Hòa','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('66','province','Tỉnh Đắk Lắk','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('68','province','Tỉnh Lâm Đồng','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('75','province','Tỉnh Đồng Nai','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('79','province','Thành phố Hồ Chí Minh','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('80','province','Tỉnh Tây Ninh','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('82','province','Tỉnh Đồng Tháp','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('86','province','Tỉnh Vĩnh Long','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('91','province','Tỉnh An Giang','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('92','province','Thành phố Cần Thơ','2025-07-01','QĐ 19/2025/QĐ-TTg'),
('96','province','Tỉnh Cà Mau','2025-07-01','QĐ 19/2025/QĐ-TTg');

-- The 63 provinces before 01/07/2025 (codes of QĐ 124/2004/QĐ-TTg, the list behind the first
-- three digits of personal ids).
INSERT INTO admin_unit (code, level, name_vi, valid_from, valid_to, source) VALUES
('01','province','Thành phố Hà Nội','2008-08-01','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('02','province','Tỉnh Hà Giang','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('04','province','Tỉnh Cao Bằng','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('06','province','Tỉnh Bắc Kạn','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('08','province','Tỉnh Tuyên Quang','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('10','province','Tỉnh Lào Cai','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('11','province','Tỉnh Điện Biên','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('12','province','Tỉnh Lai Châu','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('14','province','Tỉnh Sơn La','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('15','province','Tỉnh Yên Bái','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('17','province','Tỉnh Hoà Bình','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('19','province','Tỉnh Thái Nguyên','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('20','province','Tỉnh Lạng Sơn','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('22','province','Tỉnh Quảng Ninh','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('24','province','Tỉnh Bắc Giang','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('25','province','Tỉnh Phú Thọ','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('26','province','Tỉnh Vĩnh Phúc','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('27','province','Tỉnh Bắc Ninh','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('30','province','Tỉnh Hải Dương','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('31','province','Thành phố Hải Phòng','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('33','province','Tỉnh Hưng Yên','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('34','province','Tỉnh Thái Bình','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('35','province','Tỉnh Hà Nam','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('36','province','Tỉnh Nam Định','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('37','province','Tỉnh Ninh Bình','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('38','province','Tỉnh Thanh Hóa','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('40','province','Tỉnh Nghệ An','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('42','province','Tỉnh Hà Tĩnh','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('44','province','Tỉnh Quảng Bình','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('45','province','Tỉnh Quảng Trị','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('46','province','Tỉnh Thừa Thiên Huế','2004-02-08','2024-12-31','QĐ 124/2004/QĐ-TTg'),
('48','province','Thành phố Đà Nẵng','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('49','province','Tỉnh Quảng Nam','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('51','province','Tỉnh Quảng Ngãi','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('52','province','Tỉnh Bình Định','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('54','province','Tỉnh Phú Yên','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('56','province','Tỉnh Khánh Hòa','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('58','province','Tỉnh Ninh Thuận','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('60','province','Tỉnh Bình Thuận','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('62','province','Tỉnh Kon Tum','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('64','province','Tỉnh Gia Lai','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('66','province','Tỉnh Đắk Lắk','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('67','province','Tỉnh Đắk Nông','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('68','province','Tỉnh Lâm Đồng','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('70','province','Tỉnh Bình Phước','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('72','province','Tỉnh Tây Ninh','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('74','province','Tỉnh Bình Dương','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('75','province','Tỉnh Đồng Nai','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('77','province','Tỉnh Bà Rịa - Vũng Tàu','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('79','province','Thành phố Hồ Chí Minh','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('80','province','Tỉnh Long An','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('82','province','Tỉnh Tiền Giang','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('83','province','Tỉnh Bến Tre','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('84','province','Tỉnh Trà Vinh','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('86','province','Tỉnh Vĩnh Long','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('87','province','Tỉnh Đồng Tháp','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('89','province','Tỉnh An Giang','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('91','province','Tỉnh Kiên Giang','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('92','province','Thành phố Cần Thơ','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('93','province','Tỉnh Hậu Giang','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('94','province','Tỉnh Sóc Trăng','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('95','province','Tỉnh Bạc Liêu','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg'),
('96','province','Tỉnh Cà Mau','2004-02-08','2025-06-30','QĐ 124/2004/QĐ-TTg');

-- Thừa Thiên Huế became Thành phố Huế (centrally governed) on 01/01/2025 (Resolution
-- 1314/NQ-UBTVQH15), then kept its code 46 through the merger.
INSERT INTO admin_unit (code, level, name_vi, valid_from, valid_to, source) VALUES
('46','province','Thành phố Huế','2025-01-01','2025-06-30','NQ 1314/NQ-UBTVQH15');

-- Old → new, Resolution 202/2025/QH15, effective 01/07/2025.
INSERT INTO admin_unit_succession (predecessor_id, successor_id, effective_on, basis)
SELECT o.id, n.id, DATE '2025-07-01', 'Nghị quyết 202/2025/QH15'
FROM (VALUES ('01','01'),('02','08'),('04','04'),('06','19'),('08','08'),('10','15'),('11','11'),('12','12'),
             ('14','14'),('15','15'),('17','25'),('19','19'),('20','20'),('22','22'),('24','24'),('25','25'),
             ('26','25'),('27','24'),('30','31'),('31','31'),('33','33'),('34','33'),('35','37'),('36','37'),
             ('37','37'),('38','38'),('40','40'),('42','42'),('44','44'),('45','44'),('46','46'),('48','48'),
             ('49','48'),('51','51'),('52','52'),('54','66'),('56','56'),('58','56'),('60','68'),('62','51'),
             ('64','52'),('66','66'),('67','68'),('68','68'),('70','75'),('72','80'),('74','79'),('75','75'),
             ('77','79'),('79','79'),('80','80'),('82','82'),('83','86'),('84','86'),('86','86'),('87','82'),
             ('89','91'),('91','91'),('92','92'),('93','92'),('94','92'),('95','96'),('96','96'))
     AS m(old_code, new_code)
JOIN admin_unit o ON o.code = m.old_code AND o.level = 'province' AND o.valid_to IS NOT NULL
     AND o.valid_from = (SELECT max(x.valid_from) FROM admin_unit x
                         WHERE x.code = m.old_code AND x.level = 'province' AND x.valid_to IS NOT NULL)
JOIN admin_unit n ON n.code = m.new_code AND n.level = 'province' AND n.valid_to IS NULL;

-- Thừa Thiên Huế → Thành phố Huế (2025-01-01), so that every one of the 63 reaches a new province.
INSERT INTO admin_unit_succession (predecessor_id, successor_id, effective_on, basis)
SELECT o.id, n.id, DATE '2025-01-01', 'Nghị quyết 1314/NQ-UBTVQH15'
FROM admin_unit o, admin_unit n
WHERE o.code = '46' AND o.valid_from = DATE '2004-02-08' AND n.code = '46' AND n.valid_from = DATE '2025-01-01';

-- Public holidays (Bộ luật Lao động 2019 Điều 112; Tết dates by yearly notice of the Ministry of
-- Home Affairs / MOLISA). Dates for 2027 follow the lunar calendar and must be confirmed when
-- the yearly notice is published: edit them on the holiday page.
INSERT INTO public_holiday (day, kind, name_vi, name_en, source) VALUES
('2025-01-01','holiday','Tết Dương lịch','New Year''s Day','BLLĐ 2019 Điều 112.1.a'),
('2025-01-27','holiday','Tết Nguyên đán','Lunar New Year','Công văn 6150/LĐTBXH-CVL (2024)'),
('2025-01-28','holiday','Tết Nguyên đán','Lunar New Year','Công văn 6150/LĐTBXH-CVL (2024)'),
('2025-01-29','holiday','Tết Nguyên đán','Lunar New Year','Công văn 6150/LĐTBXH-CVL (2024)'),
('2025-01-30','holiday','Tết Nguyên đán','Lunar New Year','Công văn 6150/LĐTBXH-CVL (2024)'),
('2025-01-31','holiday','Tết Nguyên đán','Lunar New Year','Công văn 6150/LĐTBXH-CVL (2024)'),
('2025-04-07','holiday','Giỗ Tổ Hùng Vương (10/3 âm lịch)','Hung Kings Commemoration','BLLĐ 2019 Điều 112.1.d'),
('2025-04-30','holiday','Ngày Chiến thắng','Reunification Day','BLLĐ 2019 Điều 112.1.đ'),
('2025-05-01','holiday','Quốc tế Lao động','International Labour Day','BLLĐ 2019 Điều 112.1.đ'),
('2025-05-02','holiday','Nghỉ hoán đổi (làm bù thứ Bảy 26/4)','Swapped day off (worked on Saturday 26/4)','Thông báo 1486/TB-LĐTBXH (2025)'),
('2025-04-26','working_day','Làm bù cho ngày 02/5','Make-up working day for 2 May','Thông báo 1486/TB-LĐTBXH (2025)'),
('2025-09-01','holiday','Quốc khánh','National Day','BLLĐ 2019 Điều 112.1.e'),
('2025-09-02','holiday','Quốc khánh','National Day','BLLĐ 2019 Điều 112.1.e'),
('2026-01-01','holiday','Tết Dương lịch','New Year''s Day','BLLĐ 2019 Điều 112.1.a'),
('2026-02-16','holiday','Tết Nguyên đán','Lunar New Year','Thông báo nghỉ Tết 2026 của Bộ Nội vụ'),
('2026-02-17','holiday','Tết Nguyên đán','Lunar New Year','Thông báo nghỉ Tết 2026 của Bộ Nội vụ'),
('2026-02-18','holiday','Tết Nguyên đán','Lunar New Year','Thông báo nghỉ Tết 2026 của Bộ Nội vụ'),
('2026-02-19','holiday','Tết Nguyên đán','Lunar New Year','Thông báo nghỉ Tết 2026 của Bộ Nội vụ'),
('2026-02-20','holiday','Tết Nguyên đán','Lunar New Year','Thông báo nghỉ Tết 2026 của Bộ Nội vụ'),
('2026-04-27','holiday','Nghỉ bù Giỗ Tổ Hùng Vương (26/4 là Chủ nhật)','Hung Kings Commemoration (in lieu of Sunday 26/4)','BLLĐ 2019 Điều 112.1.d, 112.3'),
('2026-04-30','holiday','Ngày Chiến thắng','Reunification Day','BLLĐ 2019 Điều 112.1.đ'),
('2026-05-01','holiday','Quốc tế Lao động','International Labour Day','BLLĐ 2019 Điều 112.1.đ'),
('2026-09-01','holiday','Quốc khánh','National Day','BLLĐ 2019 Điều 112.1.e'),
('2026-09-02','holiday','Quốc khánh','National Day','BLLĐ 2019 Điều 112.1.e'),
('2027-01-01','holiday','Tết Dương lịch','New Year''s Day','BLLĐ 2019 Điều 112.1.a'),
('2027-02-05','holiday','Tết Nguyên đán (dự kiến)','Lunar New Year (provisional)','Âm lịch: mùng 1 Tết = 06/02/2027; chờ thông báo của Bộ Nội vụ'),
('2027-02-08','holiday','Tết Nguyên đán (dự kiến)','Lunar New Year (provisional)','Âm lịch: mùng 1 Tết = 06/02/2027; chờ thông báo của Bộ Nội vụ'),
('2027-02-09','holiday','Tết Nguyên đán (dự kiến)','Lunar New Year (provisional)','Âm lịch: mùng 1 Tết = 06/02/2027; chờ thông báo của Bộ Nội vụ'),
('2027-02-10','holiday','Tết Nguyên đán (dự kiến)','Lunar New Year (provisional)','Âm lịch: mùng 1 Tết = 06/02/2027; chờ thông báo của Bộ Nội vụ'),
('2027-02-11','holiday','Tết Nguyên đán (dự kiến)','Lunar New Year (provisional)','Âm lịch: mùng 1 Tết = 06/02/2027; chờ thông báo của Bộ Nội vụ'),
('2027-04-16','holiday','Giỗ Tổ Hùng Vương (10/3 âm lịch, dự kiến)','Hung Kings Commemoration (provisional)','BLLĐ 2019 Điều 112.1.d; âm lịch 10/3 = 16/04/2027'),
('2027-04-30','holiday','Ngày Chiến thắng','Reunification Day','BLLĐ 2019 Điều 112.1.đ'),
('2027-05-01','holiday','Quốc tế Lao động (thứ Bảy)','International Labour Day (Saturday)','BLLĐ 2019 Điều 112.1.đ'),
('2027-05-03','holiday','Nghỉ bù Quốc tế Lao động','International Labour Day (in lieu of Saturday)','BLLĐ 2019 Điều 112.3'),
('2027-09-02','holiday','Quốc khánh','National Day','BLLĐ 2019 Điều 112.1.e'),
('2027-09-03','holiday','Quốc khánh (dự kiến ngày liền kề)','National Day (adjacent day, provisional)','BLLĐ 2019 Điều 112.1.e');
