-- EMPLOYER-UNDER-DECLARED: the latest tax year Y <= year(D) is active and counts at least 5 and at
-- least 20 % more employees than the distinct insured persons employed in Y by the tax code's units.
INSERT INTO findings
WITH units AS (
    SELECT t.tax_code, t.fiscal_year, tu.unit_code
    FROM tax_latest t
    JOIN tax_code_units tu ON tu.tax_code = t.tax_code AND tu.fiscal_year = t.fiscal_year
    WHERE t.status = 'active'
), insured AS (
    SELECT u.tax_code, count(DISTINCT e.social_insurance_code) AS insured_count
    FROM units u
    LEFT JOIN employment e
           ON e.unit_code = u.unit_code
          AND e.start_month <= make_date(u.fiscal_year, 12, 1)
          AND (e.end_month IS NULL OR e.end_month >= make_date(u.fiscal_year, 1, 1))
    GROUP BY u.tax_code
), unit_rows AS (
    SELECT u.tax_code,
           string_agg(u.unit_code, ', ' ORDER BY u.unit_code) AS unit_list,
           list(json_object('dataset', 'employers', 'source_line', e.source_line, 'unit_code', e.unit_code,
                            'tax_code', e.tax_code, 'status', e.status) ORDER BY u.unit_code) AS unit_evidence
    FROM units u
    JOIN employers e ON e.unit_code = u.unit_code
    GROUP BY u.tax_code
)
SELECT ${rule}, t.tax_code, NULL, NULL, NULL, NULL,
       'Mã số thuế ' || t.tax_code || ' năm ' || CAST(t.fiscal_year AS VARCHAR) || ': cơ quan thuế ghi nhận '
       || CAST(t.pit_employee_count AS VARCHAR) || ' người lao động (thuế TNCN), BHXH ghi nhận '
       || CAST(i.insured_count AS VARCHAR) || ' người tham gia tại đơn vị ' || r.unit_list || '; chênh lệch '
       || CAST(t.pit_employee_count - i.insured_count AS VARCHAR) || ' người',
       ${legal_basis},
       CAST(to_json(list_concat(
           [json_object('dataset', 'tax_employers', 'source_line', t.source_line, 'tax_code', t.tax_code,
                        'fiscal_year', t.fiscal_year, 'status', t.status,
                        'pit_employee_count', t.pit_employee_count,
                        'insured_persons_employed_in_year', i.insured_count)],
           r.unit_evidence)) AS VARCHAR)
FROM tax_latest t
JOIN insured i ON i.tax_code = t.tax_code
JOIN unit_rows r ON r.tax_code = t.tax_code
WHERE t.pit_employee_count - i.insured_count >= ${under_declared_min_employees}
  AND (t.pit_employee_count - i.insured_count) * 100 >= ${under_declared_min_percent} * t.pit_employee_count;
