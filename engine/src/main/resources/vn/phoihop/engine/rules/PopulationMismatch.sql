-- POP-MISMATCH: the declared personal_id is in population but name, birth date or gender differ.
INSERT INTO findings
SELECT ${rule}, i.social_insurance_code, NULL, NULL, NULL, NULL,
       'Mã số BHXH ' || i.social_insurance_code || ', số định danh ' || p.personal_id || ': '
       || concat_ws('; ',
            CASE WHEN i.full_name_norm <> p.full_name_norm
                 THEN 'Họ tên khác: BHXH ''' || i.full_name || ''' ≠ CSDLQG ''' || p.full_name || '''' END,
            CASE WHEN NOT (i.birth_year = p.birth_year
                           AND (i.birth_month IS NULL OR p.birth_month IS NULL OR i.birth_month = p.birth_month)
                           AND (i.birth_day IS NULL OR p.birth_day IS NULL OR i.birth_day = p.birth_day))
                 THEN 'Ngày sinh khác: BHXH '''
                      || CASE WHEN i.birth_month IS NULL THEN CAST(i.birth_year AS VARCHAR)
                              WHEN i.birth_day IS NULL THEN lpad(CAST(i.birth_month AS VARCHAR), 2, '0') || '/' || CAST(i.birth_year AS VARCHAR)
                              ELSE lpad(CAST(i.birth_day AS VARCHAR), 2, '0') || '/' || lpad(CAST(i.birth_month AS VARCHAR), 2, '0') || '/' || CAST(i.birth_year AS VARCHAR) END
                      || ''' ≠ CSDLQG '''
                      || CASE WHEN p.birth_month IS NULL THEN CAST(p.birth_year AS VARCHAR)
                              WHEN p.birth_day IS NULL THEN lpad(CAST(p.birth_month AS VARCHAR), 2, '0') || '/' || CAST(p.birth_year AS VARCHAR)
                              ELSE lpad(CAST(p.birth_day AS VARCHAR), 2, '0') || '/' || lpad(CAST(p.birth_month AS VARCHAR), 2, '0') || '/' || CAST(p.birth_year AS VARCHAR) END
                      || '''' END,
            CASE WHEN i.gender <> p.gender
                 THEN 'Giới tính khác: BHXH ''' || CASE i.gender WHEN 'M' THEN 'Nam' ELSE 'Nữ' END
                      || ''' ≠ CSDLQG ''' || CASE p.gender WHEN 'M' THEN 'Nam' ELSE 'Nữ' END || '''' END),
       ${legal_basis},
       CAST(json_array(
           json_object('dataset', 'insured_persons', 'source_line', i.source_line,
                       'social_insurance_code', i.social_insurance_code, 'personal_id', i.personal_id,
                       'full_name', i.full_name, 'birth_year', i.birth_year, 'birth_month', i.birth_month,
                       'birth_day', i.birth_day, 'gender', i.gender),
           json_object('dataset', 'population', 'source_line', p.source_line,
                       'personal_id', p.personal_id, 'full_name', p.full_name, 'birth_year', p.birth_year,
                       'birth_month', p.birth_month, 'birth_day', p.birth_day, 'gender', p.gender)) AS VARCHAR)
FROM insured_persons i
JOIN population p ON p.personal_id = i.personal_id
WHERE i.full_name_norm <> p.full_name_norm
   OR NOT (i.birth_year = p.birth_year
           AND (i.birth_month IS NULL OR p.birth_month IS NULL OR i.birth_month = p.birth_month)
           AND (i.birth_day IS NULL OR p.birth_day IS NULL OR i.birth_day = p.birth_day))
   OR i.gender <> p.gender;
