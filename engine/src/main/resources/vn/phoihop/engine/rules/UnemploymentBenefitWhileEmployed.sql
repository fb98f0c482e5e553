-- UI-WHILE-EMPLOYED: calendar months lying wholly inside a benefit decision's [start_date,
-- end_date] that an employment row of the same social insurance code covers. A partial first or
-- last month of the benefit never counts.
INSERT INTO findings
WITH benefit_months AS (
    SELECT b.decision_no, b.social_insurance_code,
           CAST(unnest(generate_series(
               CASE WHEN day(b.start_date) = 1 THEN b.start_date
                    ELSE CAST(CAST(date_trunc('month', b.start_date) AS DATE) + INTERVAL 1 MONTH AS DATE) END,
               CASE WHEN b.end_date = last_day(b.end_date) THEN CAST(date_trunc('month', b.end_date) AS DATE)
                    ELSE CAST(CAST(date_trunc('month', b.end_date) AS DATE) - INTERVAL 1 MONTH AS DATE) END,
               INTERVAL 1 MONTH)) AS DATE) AS month
    FROM ui_benefits b
), benefit_jobs AS (
    SELECT bm.decision_no, bm.month, e.unit_code, e.start_month, e.end_month, e.source_line
    FROM benefit_months bm
    JOIN employment e
      ON e.social_insurance_code = bm.social_insurance_code
     AND e.start_month <= bm.month
     AND (e.end_month IS NULL OR bm.month <= e.end_month)
), months AS (
    SELECT decision_no, count(DISTINCT month) AS months,
           string_agg(DISTINCT strftime(month, '%m/%Y'), ', ' ORDER BY strftime(month, '%m/%Y')) AS month_list,
           min(month) AS first_month
    FROM benefit_jobs
    GROUP BY decision_no
), jobs AS (
    SELECT decision_no,
           string_agg(DISTINCT unit_code, ', ' ORDER BY unit_code) AS unit_list,
           list(json_object('dataset', 'employment', 'source_line', source_line, 'unit_code', unit_code,
                                    'start_month', strftime(start_month, '%Y-%m'),
                                    'end_month', strftime(end_month, '%Y-%m')) ORDER BY source_line) AS job_evidence
    FROM (SELECT DISTINCT decision_no, unit_code, start_month, end_month, source_line FROM benefit_jobs) distinct_jobs
    GROUP BY decision_no
)
SELECT ${rule}, b.decision_no, m.months * b.monthly_amount, NULL, CAST(m.months AS INTEGER), NULL,
       'Quyết định ' || b.decision_no || ': hưởng trợ cấp thất nghiệp (mã số BHXH ' || b.social_insurance_code
       || ') từ ' || strftime(b.start_date, '%d/%m/%Y') || ' đến ' || strftime(b.end_date, '%d/%m/%Y') || ', '
       || CAST(m.months AS VARCHAR) || ' tháng trọn (' || m.month_list
       || ') trùng thời gian đóng BHXH tại đơn vị ' || j.unit_list || '; '
       || CAST(m.months AS VARCHAR) || ' × ' || replace(format('{:,}', b.monthly_amount), ',', '.') || ' = '
       || replace(format('{:,}', m.months * b.monthly_amount), ',', '.') || ' đồng',
       ${legal_basis},
       CAST(to_json(list_concat(
           [json_object('dataset', 'ui_benefits', 'source_line', b.source_line, 'decision_no', b.decision_no,
                        'social_insurance_code', b.social_insurance_code, 'start_date', b.start_date,
                        'end_date', b.end_date, 'monthly_amount', b.monthly_amount)],
           j.job_evidence)) AS VARCHAR)
FROM ui_benefits b
JOIN months m ON m.decision_no = b.decision_no
JOIN jobs j ON j.decision_no = b.decision_no;
