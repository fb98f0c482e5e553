-- CHILD-NO-CARD: a registered child younger than 6 at D, registered at least 30 days before D,
-- with no card valid on D. A partial birth date counts from its earliest possible day (1 January
-- or the 1st of the month), so a child is reported only when certainly younger than 6.
-- Birthdays compare as (year, month, day): a child born on 29 February turns 6 on 1 March.
INSERT INTO findings
SELECT ${rule}, r.personal_id, NULL, NULL, NULL, NULL,
       'Trẻ ''' || r.full_name || ''' (số định danh ' || r.personal_id || '), sinh '
       || CASE WHEN r.birth_month IS NULL THEN 'năm ' || CAST(r.birth_year AS VARCHAR)
               WHEN r.birth_day IS NULL THEN 'tháng ' || lpad(CAST(r.birth_month AS VARCHAR), 2, '0') || '/'
                                             || CAST(r.birth_year AS VARCHAR)
               ELSE 'ngày ' || lpad(CAST(r.birth_day AS VARCHAR), 2, '0') || '/'
                    || lpad(CAST(r.birth_month AS VARCHAR), 2, '0') || '/' || CAST(r.birth_year AS VARCHAR) END
       || ', đăng ký khai sinh ngày ' || strftime(r.registered_on, '%d/%m/%Y')
       || ', chưa có thẻ BHYT còn hiệu lực ngày ' || strftime(${as_of}, '%d/%m/%Y'),
       ${legal_basis},
       CAST(json_array(
           json_object('dataset', 'birth_registrations', 'source_line', r.source_line,
                       'personal_id', r.personal_id, 'full_name', r.full_name, 'birth_year', r.birth_year,
                       'birth_month', r.birth_month, 'birth_day', r.birth_day,
                       'registered_on', r.registered_on)) AS VARCHAR)
FROM birth_registrations r
WHERE (r.birth_year + ${child_age_years}) * 10000 + coalesce(r.birth_month, 1) * 100 + coalesce(r.birth_day, 1)
      > year(${as_of}) * 10000 + month(${as_of}) * 100 + day(${as_of})
  AND datediff('day', r.registered_on, ${as_of}) >= ${registration_age_days}
  AND NOT EXISTS (SELECT 1 FROM health_cards_keyed h
                  WHERE h.person_key = r.personal_id
                    AND h.valid_from <= ${as_of}
                    AND (h.valid_to IS NULL OR ${as_of} <= h.valid_to));
