-- EMPLOYER-DEFUNCT: a unit not closed whose enterprise is dissolved or bankrupt in the business
-- registry, or ceased, dissolved or not at its address in its latest tax year, and which still has
-- overdue dues or employment covering month(D). A branch code without a row of its own takes the
-- row of its 10-digit enterprise code.
INSERT INTO findings
WITH units AS (
    SELECT e.unit_code, e.name, e.tax_code, e.status, e.source_line,
           coalesce(b.tax_code, bp.tax_code) AS registry_tax_code,
           coalesce(b.status, bp.status) AS registry_status,
           coalesce(b.status_since, bp.status_since) AS registry_status_since,
           coalesce(b.source_line, bp.source_line) AS registry_line,
           coalesce(t.tax_code, tp.tax_code) AS tax_tax_code,
           coalesce(t.fiscal_year, tp.fiscal_year) AS tax_year,
           coalesce(t.status, tp.status) AS tax_status,
           coalesce(t.source_line, tp.source_line) AS tax_line
    FROM employers e
    LEFT JOIN ${dataset:business_registry} b ON b.tax_code = e.tax_code
    LEFT JOIN ${dataset:business_registry} bp
           ON b.tax_code IS NULL AND length(e.tax_code) = 14 AND bp.tax_code = substr(e.tax_code, 1, 10)
    LEFT JOIN tax_latest t ON t.tax_code = e.tax_code
    LEFT JOIN tax_latest tp
           ON t.tax_code IS NULL AND length(e.tax_code) = 14 AND tp.tax_code = substr(e.tax_code, 1, 10)
    WHERE e.status <> 'closed'
), defunct AS (
    SELECT * FROM units
    WHERE registry_status IN ('dissolved', 'bankrupt')
       OR tax_status IN ('ceased', 'dissolved', 'not_at_address')
), current_employment AS (
    SELECT unit_code, count(DISTINCT social_insurance_code) AS employees
    FROM employment
    WHERE start_month <= ${month_of_as_of}
      AND (end_month IS NULL OR ${month_of_as_of} <= end_month)
    GROUP BY unit_code
)
SELECT ${rule}, d.unit_code, coalesce(a.overdue_vnd, 0), NULL, NULL, NULL,
       'Đơn vị ' || d.unit_code || ' ''' || d.name || ''' (mã số thuế ' || d.tax_code || ', trạng thái '
       || d.status || '): '
       || concat_ws('; ',
            CASE WHEN d.registry_status IN ('dissolved', 'bankrupt')
                 THEN 'đăng ký kinh doanh ' || d.registry_tax_code || ' '
                      || CASE d.registry_status WHEN 'dissolved' THEN 'đã giải thể' ELSE 'phá sản' END
                      || coalesce(' từ ' || strftime(d.registry_status_since, '%d/%m/%Y'), '') END,
            CASE WHEN d.tax_status IN ('ceased', 'dissolved', 'not_at_address')
                 THEN 'cơ quan thuế năm ' || CAST(d.tax_year AS VARCHAR) || ': '
                      || CASE d.tax_status WHEN 'ceased' THEN 'ngừng hoạt động'
                                           WHEN 'dissolved' THEN 'đã giải thể'
                                           ELSE 'không hoạt động tại địa chỉ đăng ký' END END)
       || '; vẫn còn '
       || concat_ws(' và ',
            CASE WHEN coalesce(a.overdue_vnd, 0) > 0
                 THEN 'nợ quá hạn ' || replace(format('{:,}', a.overdue_vnd), ',', '.') || ' đồng ('
                      || CAST(a.overdue_periods AS VARCHAR) || ' kỳ)' END,
            CASE WHEN j.employees IS NOT NULL
                 THEN CAST(j.employees AS VARCHAR) || ' người đang tham gia BHXH tháng '
                      || strftime(${month_of_as_of}, '%m/%Y') END),
       ${legal_basis},
       CAST(to_json(list_filter([
           json_object('dataset', 'employers', 'source_line', d.source_line, 'unit_code', d.unit_code,
                       'tax_code', d.tax_code, 'status', d.status),
           CASE WHEN d.registry_line IS NOT NULL THEN
               json_object('dataset', 'business_registry', 'source_line', d.registry_line,
                           'tax_code', d.registry_tax_code, 'status', d.registry_status,
                           'status_since', d.registry_status_since) END,
           CASE WHEN d.tax_line IS NOT NULL THEN
               json_object('dataset', 'tax_employers', 'source_line', d.tax_line, 'tax_code', d.tax_tax_code,
                           'fiscal_year', d.tax_year, 'status', d.tax_status) END,
           CASE WHEN coalesce(a.overdue_vnd, 0) > 0 THEN
               json_object('dataset', 'contribution_dues', 'overdue_vnd', a.overdue_vnd,
                           'overdue_periods', a.overdue_periods) END,
           CASE WHEN j.employees IS NOT NULL THEN
               json_object('dataset', 'employment', 'employees_in_month_of_as_of', j.employees) END],
           lambda x: x IS NOT NULL)) AS VARCHAR)
FROM defunct d
LEFT JOIN unit_arrears a ON a.unit_code = d.unit_code
LEFT JOIN current_employment j ON j.unit_code = d.unit_code
WHERE coalesce(a.overdue_vnd, 0) > 0 OR j.employees IS NOT NULL;
