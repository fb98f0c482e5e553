-- TAX-SI-EXPENSE-GAP: insurance expense deducted for tax year Y exceeds the money allocated to
-- periods of Y of the tax code's units by more than max(10,000,000, 5 % of the deduction).
INSERT INTO findings
WITH allocated AS (
    SELECT tu.tax_code, tu.fiscal_year, sum(b.paid) AS allocated_vnd
    FROM tax_code_units tu
    JOIN period_balance b ON b.unit_code = tu.unit_code AND year(b.period) = tu.fiscal_year
    GROUP BY tu.tax_code, tu.fiscal_year
), unit_lists AS (
    SELECT tax_code, fiscal_year, string_agg(unit_code, ', ' ORDER BY unit_code) AS unit_list
    FROM tax_code_units
    GROUP BY tax_code, fiscal_year
), gaps AS (
    SELECT t.*, coalesce(a.allocated_vnd, 0) AS allocated_vnd,
           t.si_expense_deducted - coalesce(a.allocated_vnd, 0) AS excess_vnd,
           u.unit_list
    FROM tax_employers t
    LEFT JOIN allocated a ON a.tax_code = t.tax_code AND a.fiscal_year = t.fiscal_year
    LEFT JOIN unit_lists u ON u.tax_code = t.tax_code AND u.fiscal_year = t.fiscal_year
    WHERE t.fiscal_year <= ${year_of_as_of}
)
SELECT ${rule}, g.tax_code || '/' || CAST(g.fiscal_year AS VARCHAR), g.excess_vnd, NULL, NULL, NULL,
       'Mã số thuế ' || g.tax_code || ' năm ' || CAST(g.fiscal_year AS VARCHAR) || ': khấu trừ chi phí BHXH '
       || replace(format('{:,}', g.si_expense_deducted), ',', '.') || ' đồng, số tiền đã đóng cho các kỳ năm '
       || CAST(g.fiscal_year AS VARCHAR)
       || coalesce(' của đơn vị ' || g.unit_list, ' (không có đơn vị đăng ký BHXH)') || ' là '
       || replace(format('{:,}', g.allocated_vnd), ',', '.') || ' đồng; vượt ' || replace(format('{:,}', g.excess_vnd), ',', '.') || ' đồng',
       ${legal_basis},
       CAST(json_array(
           json_object('dataset', 'tax_employers', 'source_line', g.source_line, 'tax_code', g.tax_code,
                       'fiscal_year', g.fiscal_year, 'si_expense_deducted', g.si_expense_deducted,
                       'allocated_vnd', g.allocated_vnd, 'units', g.unit_list)) AS VARCHAR)
FROM gaps g
WHERE g.excess_vnd > ${tax_gap_min_vnd}
  AND g.excess_vnd * 100 > ${tax_gap_min_percent} * g.si_expense_deducted;
