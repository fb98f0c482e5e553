-- POP-ID-SUGGESTED: reports the suggestion computed once in SharedDefinitions (insured_identity).
INSERT INTO findings
SELECT ${rule}, i.social_insurance_code, NULL, NULL, NULL, NULL,
       'Mã số BHXH ' || i.social_insurance_code || ' (''' || i.full_name || '''): '
       || CASE WHEN i.personal_id IS NULL THEN 'không có số định danh'
               ELSE 'số định danh ' || i.personal_id || ' không có trong CSDLQG' END
       || '; gợi ý số định danh ' || s.suggested_id || ' (CSDLQG ''' || p.full_name
       || ''', trùng họ tên, ngày sinh, giới tính'
       || CASE WHEN s.candidates > 1
               THEN '; chọn trong ' || CAST(s.candidates AS VARCHAR) || ' người trùng nhờ cùng số CMND cũ '
                    || i.old_id_number
               ELSE '' END
       || ')',
       ${legal_basis},
       CAST(json_array(
           json_object('dataset', 'insured_persons', 'source_line', i.source_line,
                       'social_insurance_code', i.social_insurance_code, 'personal_id', i.personal_id,
                       'old_id_number', i.old_id_number, 'full_name', i.full_name, 'birth_year', i.birth_year,
                       'birth_month', i.birth_month, 'birth_day', i.birth_day, 'gender', i.gender),
           json_object('dataset', 'population', 'source_line', p.source_line,
                       'personal_id', p.personal_id, 'old_id_number', p.old_id_number, 'full_name', p.full_name,
                       'birth_year', p.birth_year, 'birth_month', p.birth_month, 'birth_day', p.birth_day,
                       'gender', p.gender)) AS VARCHAR)
FROM insured_identity s
JOIN insured_persons i ON i.social_insurance_code = s.social_insurance_code
JOIN population p ON p.personal_id = s.suggested_id
WHERE s.suggested_id IS NOT NULL;
