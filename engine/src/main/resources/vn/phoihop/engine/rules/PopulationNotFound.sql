-- POP-NOT-FOUND: declared personal_id missing or not in population, and no single suggestion.
INSERT INTO findings
WITH candidate_evidence AS (
    SELECT c.social_insurance_code,
           list(json_object('dataset', 'population', 'source_line', c.candidate_line,
                            'personal_id', c.candidate_id) ORDER BY c.candidate_id) AS candidates
    FROM population_candidates c
    JOIN insured_identity s ON s.social_insurance_code = c.social_insurance_code
    WHERE s.suggested_id IS NULL
    GROUP BY c.social_insurance_code
)
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
           coalesce(c.candidates, []))) AS VARCHAR)
FROM insured_identity s
JOIN insured_persons i ON i.social_insurance_code = s.social_insurance_code
LEFT JOIN candidate_evidence c ON c.social_insurance_code = s.social_insurance_code
WHERE NOT s.declared_id_found
  AND s.suggested_id IS NULL;
