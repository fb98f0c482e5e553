-- ARREARS-EVASION (trốn đóng): a unit with an evasion portion > 0. Amount, months and interest
-- cover all its overdue balances; criminal_threshold follows Penal Code Điều 216.1.
INSERT INTO findings
SELECT ${rule}, a.unit_code, a.overdue_vnd, a.interest_vnd, CAST(a.overdue_periods AS INTEGER),
       CASE WHEN a.evasion_periods >= ${criminal_evasion_min_periods}
                 AND (a.evasion_vnd >= ${criminal_evasion_min_amount_vnd}
                      OR a.evasion_max_headcount >= ${criminal_evasion_min_employees})
            THEN 'criminal_threshold' END,
       'Đơn vị ' || a.unit_code || coalesce(' ''' || e.name || '''', '') || ': '
       || CAST(a.overdue_periods AS VARCHAR) || ' kỳ quá hạn (' || strftime(a.first_period, '%m/%Y') || ' – '
       || strftime(a.last_period, '%m/%Y') || '), nợ ' || replace(format('{:,}', a.overdue_vnd), ',', '.') || ' đồng; trong đó '
       || CAST(a.evasion_periods AS VARCHAR) || ' kỳ, ' || replace(format('{:,}', a.evasion_vnd), ',', '.')
       || ' đồng quá hạn trên ' || CAST(${evasion_days_after_deadline} AS VARCHAR)
       || ' ngày và đã có văn bản đôn đốc ' || r.reminder_ref || ' ngày ' || strftime(r.sent_on, '%d/%m/%Y')
       || ' (số lao động lớn nhất trong các kỳ này: ' || CAST(a.evasion_max_headcount AS VARCHAR) || '); lãi '
       || replace(format('{:,}', a.interest_vnd), ',', '.') || ' đồng tính đến ' || strftime(${as_of}, '%d/%m/%Y'),
       ${legal_basis},
       CAST(to_json(list_concat(
           a.periods_evidence,
           [json_object('dataset', 'payment_reminders', 'source_line', r.source_line,
                        'reminder_ref', r.reminder_ref, 'unit_code', r.unit_code, 'sent_on', r.sent_on)])) AS VARCHAR)
FROM unit_arrears a
JOIN latest_reminder r ON r.unit_code = a.unit_code
LEFT JOIN employers e ON e.unit_code = a.unit_code
WHERE a.evasion_vnd > 0;
