-- ARREARS-LATE (chậm đóng): a unit with overdue balances and no evasion portion.
INSERT INTO findings
SELECT ${rule}, a.unit_code, a.overdue_vnd, a.interest_vnd, CAST(a.overdue_periods AS INTEGER), NULL,
       'Đơn vị ' || a.unit_code || coalesce(' ''' || e.name || '''', '') || ': '
       || CAST(a.overdue_periods AS VARCHAR) || ' kỳ quá hạn (' || strftime(a.first_period, '%m/%Y') || ' – '
       || strftime(a.last_period, '%m/%Y') || '), nợ ' || replace(format('{:,}', a.overdue_vnd), ',', '.')
       || ' đồng chậm đóng; lãi ' || replace(format('{:,}', a.interest_vnd), ',', '.') || ' đồng tính đến '
       || strftime(${as_of}, '%d/%m/%Y'),
       ${legal_basis},
       CAST(to_json(a.periods_evidence) AS VARCHAR)
FROM unit_arrears a
LEFT JOIN employers e ON e.unit_code = a.unit_code
WHERE a.evasion_vnd = 0;
