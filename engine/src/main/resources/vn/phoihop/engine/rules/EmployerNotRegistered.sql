-- EMPLOYER-NOT-REGISTERED: a tax code with evidence of employees (latest tax year <= year(D) with
-- pit_employee_count >= 1, or a trade union), not defunct, and no insurance unit of the same
-- enterprise (same 10-digit root: head office or any branch) registered in employers.
INSERT INTO findings
WITH evidence_of_employees AS (
    SELECT tax_code FROM tax_latest WHERE pit_employee_count >= 1
    UNION
    SELECT tax_code FROM ${dataset:union_units}
), candidates AS (
    SELECT c.tax_code,
           t.fiscal_year, t.status AS tax_status, t.pit_employee_count, t.source_line AS tax_line,
           u.union_founded_on, u.members, u.source_line AS union_line,
           -- a branch without its own registry row takes the status of its enterprise
           coalesce(b.tax_code, bp.tax_code) AS registry_tax_code,
           coalesce(b.name, bp.name) AS registry_name,
           coalesce(b.status, bp.status) AS registry_status,
           coalesce(b.source_line, bp.source_line) AS registry_line
    FROM evidence_of_employees c
    LEFT JOIN tax_latest t ON t.tax_code = c.tax_code
    LEFT JOIN ${dataset:union_units} u ON u.tax_code = c.tax_code
    LEFT JOIN ${dataset:business_registry} b ON b.tax_code = c.tax_code
    LEFT JOIN ${dataset:business_registry} bp
           ON b.tax_code IS NULL AND length(c.tax_code) = 14 AND bp.tax_code = substr(c.tax_code, 1, 10)
)
SELECT ${rule}, c.tax_code, NULL, NULL, NULL, NULL,
       'Mã số thuế ' || c.tax_code || coalesce(' ''' || c.registry_name || '''', '') || ' có người lao động ('
       || concat_ws('; ',
            CASE WHEN c.pit_employee_count >= 1
                 THEN 'năm ' || CAST(c.fiscal_year AS VARCHAR) || ' khấu trừ thuế TNCN của '
                      || CAST(c.pit_employee_count AS VARCHAR) || ' người' END,
            CASE WHEN c.union_line IS NOT NULL
                 THEN 'có công đoàn cơ sở từ ' || strftime(c.union_founded_on, '%d/%m/%Y')
                      || coalesce(', ' || CAST(c.members AS VARCHAR) || ' đoàn viên', '') END)
       || ') nhưng không có đơn vị nào đăng ký tham gia BHXH',
       ${legal_basis},
       CAST(to_json(list_filter([
           CASE WHEN c.tax_line IS NOT NULL THEN
               json_object('dataset', 'tax_employers', 'source_line', c.tax_line, 'tax_code', c.tax_code,
                           'fiscal_year', c.fiscal_year, 'status', c.tax_status,
                           'pit_employee_count', c.pit_employee_count) END,
           CASE WHEN c.union_line IS NOT NULL THEN
               json_object('dataset', 'union_units', 'source_line', c.union_line, 'tax_code', c.tax_code,
                           'union_founded_on', c.union_founded_on, 'members', c.members) END,
           CASE WHEN c.registry_line IS NOT NULL THEN
               json_object('dataset', 'business_registry', 'source_line', c.registry_line,
                           'tax_code', c.registry_tax_code, 'status', c.registry_status) END],
           lambda x: x IS NOT NULL)) AS VARCHAR)
FROM candidates c
WHERE (c.registry_status IS NULL OR c.registry_status = 'active')
  AND (c.tax_status IS NULL OR c.tax_status = 'active')
  AND NOT EXISTS (SELECT 1 FROM employers e WHERE substr(e.tax_code, 1, 10) = substr(c.tax_code, 1, 10));
