-- Shared definitions of rules.md, computed once per run before any rule.
-- Absent datasets read as empty relations (${dataset:...}); rules that need them are skipped.

-- Insured persons whose personal_id is missing or not in population, materialised first so that
-- the name join below only runs for them (common names would otherwise multiply rows).
CREATE OR REPLACE TABLE unresolved_insured AS
SELECT i.*
FROM ${dataset:insured_persons} i
WHERE NOT EXISTS (SELECT 1 FROM ${dataset:population} f WHERE f.personal_id = i.personal_id);

-- Population records matching such a person: same normalised name, compatible birth date, same
-- gender (rule POP-ID-SUGGESTED).
CREATE OR REPLACE TABLE population_candidates AS
SELECT i.social_insurance_code,
       p.personal_id AS candidate_id,
       p.source_line AS candidate_line,
       (i.old_id_number IS NOT NULL AND i.old_id_number = p.old_id_number) AS same_old_id
FROM unresolved_insured i
JOIN ${dataset:population} p
  ON p.full_name_norm = i.full_name_norm
 AND p.birth_year = i.birth_year
 AND p.gender = i.gender
WHERE (i.birth_month IS NULL OR p.birth_month IS NULL OR i.birth_month = p.birth_month)
  AND (i.birth_day IS NULL OR p.birth_day IS NULL OR i.birth_day = p.birth_day);

-- Resolved identity of each insured person: its personal_id when found in population, else the
-- single suggested candidate (ties broken by an equal old_id_number), else none.
CREATE OR REPLACE TABLE insured_identity AS
WITH candidate_counts AS (
    SELECT social_insurance_code,
           count(*) AS candidates,
           sum(CASE WHEN same_old_id THEN 1 ELSE 0 END) AS same_old_id_candidates,
           min(candidate_id) AS first_candidate,
           min(CASE WHEN same_old_id THEN candidate_id END) AS first_same_old_id_candidate
    FROM population_candidates
    GROUP BY social_insurance_code
), resolved AS (
    SELECT i.social_insurance_code,
           i.personal_id AS declared_id,
           f.personal_id IS NOT NULL AS declared_id_found,
           coalesce(c.candidates, 0) AS candidates,
           CASE WHEN f.personal_id IS NOT NULL THEN NULL
                WHEN c.candidates = 1 THEN c.first_candidate
                WHEN c.same_old_id_candidates = 1 THEN c.first_same_old_id_candidate
           END AS suggested_id
    FROM ${dataset:insured_persons} i
    LEFT JOIN ${dataset:population} f ON f.personal_id = i.personal_id
    LEFT JOIN candidate_counts c ON c.social_insurance_code = i.social_insurance_code
)
SELECT resolved.*,
       CASE WHEN declared_id_found THEN declared_id ELSE suggested_id END AS resolved_id
FROM resolved;

-- Person key of cards and pension payments: own personal_id, else the resolved identity of the
-- social insurance code, else 'BHXH:' + code.
CREATE OR REPLACE TABLE health_cards_keyed AS
SELECT h.*,
       coalesce(h.personal_id, ii.resolved_id, 'BHXH:' || h.social_insurance_code) AS person_key
FROM ${dataset:health_cards} h
LEFT JOIN insured_identity ii ON ii.social_insurance_code = h.social_insurance_code;

CREATE OR REPLACE TABLE pension_payments_keyed AS
SELECT pp.*,
       coalesce(pp.personal_id, ii.resolved_id, 'BHXH:' || pp.social_insurance_code) AS person_key
FROM ${dataset:pension_payments} pp
LEFT JOIN insured_identity ii ON ii.social_insurance_code = pp.social_insurance_code;

-- The latest written reminder (văn bản đôn đốc, Điều 35) of each unit sent on or before D.
CREATE OR REPLACE TABLE latest_reminder AS
SELECT unit_code, reminder_ref, sent_on, source_line
FROM (
    SELECT r.*,
           row_number() OVER (PARTITION BY unit_code ORDER BY sent_on DESC, reminder_ref DESC) AS recency
    FROM ${dataset:payment_reminders} r
    WHERE sent_on <= ${as_of}
) ranked
WHERE recency = 1;

-- Dues of periods up to month(D), their deadline (Điều 34.4) and their balance after allocating
-- all payments made on or before D oldest period first. Allocating the pooled sum oldest period
-- first gives the same balances as applying payments one by one in (paid_on, payment_ref) order:
-- money left after the last due is credit and is ignored.
CREATE OR REPLACE TABLE period_balance AS
WITH dues AS (
    SELECT d.unit_code, d.period, d.headcount, d.amount_due, d.source_line,
           coalesce(e.payment_mode, 'monthly') AS payment_mode
    FROM ${dataset:contribution_dues} d
    LEFT JOIN ${dataset:employers} e ON e.unit_code = d.unit_code
    WHERE d.period <= ${month_of_as_of}
), payments AS (
    SELECT unit_code, sum(amount) AS paid_total
    FROM ${dataset:contribution_payments}
    WHERE paid_on <= ${as_of}
    GROUP BY unit_code
), cumulated AS (
    SELECT dues.*,
           coalesce(payments.paid_total, 0) AS paid_total,
           sum(dues.amount_due) OVER (PARTITION BY dues.unit_code ORDER BY dues.period
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS due_through_period,
           CASE dues.payment_mode
               WHEN 'quarterly' THEN
                   last_day(CAST(CAST(date_trunc('quarter', dues.period) AS DATE) + INTERVAL 3 MONTH AS DATE))
               WHEN 'half_yearly' THEN
                   last_day(CAST(make_date(year(dues.period), CASE WHEN month(dues.period) <= 6 THEN 1 ELSE 7 END, 1)
                                 + INTERVAL 6 MONTH AS DATE))
               ELSE last_day(CAST(dues.period + INTERVAL 1 MONTH AS DATE))
           END AS deadline
    FROM dues
    LEFT JOIN payments ON payments.unit_code = dues.unit_code
), allocated AS (
    SELECT cumulated.*,
           greatest(0, least(amount_due, paid_total - (due_through_period - amount_due))) AS paid
    FROM cumulated
), classified AS (
    SELECT allocated.*,
           amount_due - paid AS unpaid,
           (amount_due - paid > 0 AND deadline < ${as_of}) AS overdue
    FROM allocated
)
SELECT c.unit_code, c.period, c.headcount, c.amount_due, c.source_line, c.payment_mode, c.deadline,
       c.paid, c.unpaid, c.overdue,
       CASE WHEN c.overdue THEN datediff('day', c.deadline, ${as_of}) END AS days_overdue,
       -- Trốn đóng (Điều 39.1.đ): more than 60 days overdue and a reminder sent after the deadline.
       (c.overdue AND datediff('day', c.deadline, ${as_of}) > ${evasion_days_after_deadline}
                  AND r.sent_on IS NOT NULL AND r.sent_on > c.deadline) AS evasion,
       -- Interest days run from max(deadline, 30/06/2025) + 1 through D (Điều 141.12).
       CASE WHEN c.overdue
            THEN greatest(0, datediff('day', greatest(c.deadline, ${interest_accrues_after}), ${as_of}))
       END AS interest_days
FROM classified c
LEFT JOIN latest_reminder r ON r.unit_code = c.unit_code;

-- Overdue balances per unit: the late-payment and evasion portions and the interest, summed
-- exactly and rounded half-up to whole VND once per unit (Điều 40.1, 41.1).
CREATE OR REPLACE TABLE unit_arrears AS
SELECT b.unit_code,
       sum(b.unpaid) AS overdue_vnd,
       count(*) AS overdue_periods,
       sum(CASE WHEN b.evasion THEN b.unpaid ELSE 0 END) AS evasion_vnd,
       sum(CASE WHEN b.evasion THEN 1 ELSE 0 END) AS evasion_periods,
       max(CASE WHEN b.evasion THEN b.headcount END) AS evasion_max_headcount,
       CAST(round(sum(CAST(b.unpaid AS DECIMAL(38,0)) * b.interest_days * ${interest_rate_per_day}), 0) AS BIGINT)
           AS interest_vnd,
       min(b.period) AS first_period,
       max(b.period) AS last_period,
       list(json_object('dataset', 'contribution_dues', 'source_line', b.source_line,
                                'unit_code', b.unit_code, 'period', strftime(b.period, '%Y-%m'),
                                'headcount', b.headcount, 'amount_due', b.amount_due, 'paid', b.paid,
                                'unpaid', b.unpaid, 'deadline', b.deadline, 'days_overdue', b.days_overdue,
                                'evasion', b.evasion) ORDER BY b.period) AS periods_evidence
FROM period_balance b
WHERE b.overdue
GROUP BY b.unit_code;

-- The latest tax year <= year(D) of each tax code (one row per (tax_code, fiscal_year) by key).
CREATE OR REPLACE TABLE tax_latest AS
SELECT tax_code, fiscal_year, status, pit_employee_count, si_expense_deducted, source_line
FROM (
    SELECT t.*, row_number() OVER (PARTITION BY tax_code ORDER BY fiscal_year DESC) AS recency
    FROM ${dataset:tax_employers} t
    WHERE fiscal_year <= ${year_of_as_of}
) ranked
WHERE recency = 1;

-- Insurance units behind each tax row (tax_code, fiscal_year): the units registered under that
-- exact tax code and, for a 10-digit enterprise code, the units registered under one of its
-- branch codes (code-NNN) that the tax authority does not report separately for that year.
CREATE OR REPLACE TABLE tax_code_units AS
SELECT t.tax_code, t.fiscal_year, e.unit_code
FROM ${dataset:tax_employers} t
JOIN ${dataset:employers} e ON e.tax_code = t.tax_code
UNION
SELECT t.tax_code, t.fiscal_year, e.unit_code
FROM ${dataset:tax_employers} t
JOIN ${dataset:employers} e
  ON length(t.tax_code) = 10
 AND length(e.tax_code) = 14
 AND substr(e.tax_code, 1, 10) = t.tax_code
WHERE NOT EXISTS (SELECT 1 FROM ${dataset:tax_employers} b
                  WHERE b.tax_code = e.tax_code AND b.fiscal_year = t.fiscal_year);
