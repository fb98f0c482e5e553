-- POP-DUPLICATE: two or more insured persons (social insurance codes) share one resolved identity.
INSERT INTO findings
SELECT ${rule}, s.resolved_id, NULL, NULL, CAST(count(*) AS INTEGER), NULL,
       'Số định danh ' || s.resolved_id || ' ứng với ' || CAST(count(*) AS VARCHAR) || ' mã số BHXH: '
       || string_agg(i.social_insurance_code || ' ''' || i.full_name || ''''
                     || CASE WHEN s.declared_id_found THEN '' ELSE ' (số định danh gợi ý)' END,
                     ', ' ORDER BY i.social_insurance_code),
       ${legal_basis},
       CAST(to_json(list(json_object('dataset', 'insured_persons', 'source_line', i.source_line,
                                     'social_insurance_code', i.social_insurance_code,
                                     'personal_id', i.personal_id, 'full_name', i.full_name,
                                     'resolved_id', s.resolved_id,
                                     'resolved_by', CASE WHEN s.declared_id_found THEN 'declared' ELSE 'suggested' END)
                         ORDER BY i.social_insurance_code)) AS VARCHAR)
FROM insured_identity s
JOIN insured_persons i ON i.social_insurance_code = s.social_insurance_code
WHERE s.resolved_id IN (SELECT resolved_id
                        FROM insured_identity
                        WHERE resolved_id IS NOT NULL
                        GROUP BY resolved_id
                        HAVING count(*) >= 2)
GROUP BY s.resolved_id;
