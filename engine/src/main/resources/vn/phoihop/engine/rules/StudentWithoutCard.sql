-- STUDENT-NO-CARD: a student whose school year (1 Sep of the first year to 31 Aug of the second)
-- contains D and who holds no card valid on D.
INSERT INTO findings
SELECT ${rule}, s.personal_id, NULL, NULL, NULL, NULL,
       'Học sinh, sinh viên ''' || min(s.full_name) || ''' (số định danh ' || s.personal_id || ') học năm học '
       || string_agg(s.school_year || ' tại ' || coalesce(s.school_name, s.school_code), ', '
                     ORDER BY s.school_code)
       || ' nhưng không có thẻ BHYT còn hiệu lực ngày ' || strftime(${as_of}, '%d/%m/%Y'),
       ${legal_basis},
       CAST(to_json(list(json_object('dataset', 'students', 'source_line', s.source_line,
                                     'school_code', s.school_code, 'personal_id', s.personal_id,
                                     'full_name', s.full_name, 'school_year', s.school_year)
                         ORDER BY s.school_code)) AS VARCHAR)
FROM students s
WHERE make_date(CAST(substr(s.school_year, 1, 4) AS INTEGER), 9, 1) <= ${as_of}
  AND ${as_of} <= make_date(CAST(substr(s.school_year, 6, 4) AS INTEGER), 8, 31)
  AND NOT EXISTS (SELECT 1 FROM health_cards_keyed h
                  WHERE h.person_key = s.personal_id
                    AND h.valid_from <= ${as_of}
                    AND (h.valid_to IS NULL OR ${as_of} <= h.valid_to))
GROUP BY s.personal_id;
