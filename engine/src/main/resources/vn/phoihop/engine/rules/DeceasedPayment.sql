-- DECEASED-PAYMENT: pension paid for periods whose first day is after the payee's death date.
-- A death on the 1st of a month does not make that month's pension wrong: the period's first
-- day is not after the death date; the next month's is.
INSERT INTO findings
SELECT ${rule}, pp.social_insurance_code, sum(pp.amount), NULL, CAST(count(*) AS INTEGER), NULL,
       'Chi trả lương hưu/trợ cấp mã số BHXH ' || pp.social_insurance_code || ' cho '
       || CAST(count(*) AS VARCHAR) || ' tháng (' || strftime(min(pp.period), '%m/%Y') || ' – '
       || strftime(max(pp.period), '%m/%Y') || '), tổng ' || replace(format('{:,}', sum(pp.amount)), ',', '.')
       || ' đồng, sau ngày mất ' || strftime(p.death_date, '%d/%m/%Y') || ' của ''' || p.full_name
       || ''' (CSDLQG, số định danh ' || p.personal_id || ')',
       ${legal_basis},
       CAST(to_json(list_concat(
           [json_object('dataset', 'population', 'source_line', p.source_line, 'personal_id', p.personal_id,
                        'full_name', p.full_name, 'death_date', p.death_date)],
           list(json_object('dataset', 'pension_payments', 'source_line', pp.source_line,
                            'social_insurance_code', pp.social_insurance_code, 'personal_id', pp.personal_id,
                            'period', strftime(pp.period, '%Y-%m'), 'amount', pp.amount, 'paid_on', pp.paid_on)
                ORDER BY pp.period))) AS VARCHAR)
FROM pension_payments_keyed pp
JOIN population p ON p.personal_id = pp.person_key
WHERE p.death_date IS NOT NULL
  AND pp.period > p.death_date
GROUP BY pp.social_insurance_code, p.personal_id, p.full_name, p.death_date, p.source_line;
