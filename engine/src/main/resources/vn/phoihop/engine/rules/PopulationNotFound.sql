-- POP-NOT-FOUND: declared personal_id missing or not in population, and no single suggestion.
INSERT INTO findings
SELECT ${rule}, i.social_insurance_code, NULL, NULL, NULL, NULL,
       'Mã số BHXH ' || i.social_insurance_code || ' (''' || i.full_name || '''): '
       || CASE WHEN i.personal_id IS NULL THEN 'không có số định danh'
               ELSE 'số định danh ' || i.personal_id || ' không có trong CSDLQG' END
       || '; '
       || CASE WHEN s.candidates = 0
               THEN 'không có ai trong CSDLQG trùng họ tên, ngày sinh và giới tính'
               ELSE CAST(s.candidates AS VARCHAR) || ' người trong CSDLQG trùng họ tên, ngày sinh và giới tính, '
                    || 'không phân biệt được' END,
       ${legal_basis},
       CAST(to_json(list_concat(
           [json_object('dataset', 'insured_persons', 'source_line', i.source_line,
                        'social_insurance_code', i.social_insurance_code, 'personal_id', i.personal_id,
                        'old_id_number', i.old_id_number, 'full_name', i.full_name, 'birth_year', i.birth_year,
                        'birth_month', i.birth_month, 'birth_day', i.birth_day, 'gender', i.gender)],
           coalesce((SELECT list(json_object('dataset', 'population', 'source_line', c.candidate_line,
                                             'personal_id', c.candidate_id) ORDER BY c.candidate_id)
                     FROM population_candidates c
                     WHERE c.social_insurance_code = i.social_insurance_code), []))) AS VARCHAR)
FROM insured_identity s
JOIN insured_persons i ON i.social_insurance_code = s.social_insurance_code
WHERE NOT s.declared_id_found
  AND s.suggested_id IS NULL;
