-- ETHNIC-CARD-NOT-ELIGIBLE: a card of group DT valid on D whose holder is not on ethnic_support
-- with eligible_from <= D <= eligible_to (an empty end is open).
INSERT INTO findings
SELECT ${rule}, h.card_number, NULL, NULL, NULL, NULL,
       'Thẻ BHYT ' || h.card_number || ' nhóm DT còn hiệu lực ngày ' || strftime(${as_of}, '%d/%m/%Y')
       || ' của ' || h.person_key || ': '
       || CASE WHEN e.personal_id IS NULL
               THEN 'không có trong danh sách người dân tộc thiểu số được hỗ trợ'
               ELSE 'chỉ được hỗ trợ từ ' || strftime(e.eligible_from, '%d/%m/%Y') || ' đến '
                    || coalesce(strftime(e.eligible_to, '%d/%m/%Y'), 'nay') END,
       ${legal_basis},
       CAST(to_json(list_concat(
           [json_object('dataset', 'health_cards', 'source_line', h.source_line, 'card_number', h.card_number,
                        'social_insurance_code', h.social_insurance_code, 'personal_id', h.personal_id,
                        'person_key', h.person_key, 'group_code', h.group_code, 'valid_from', h.valid_from,
                        'valid_to', h.valid_to)],
           CASE WHEN e.personal_id IS NULL THEN []
                ELSE [json_object('dataset', 'ethnic_support', 'source_line', e.source_line,
                                  'personal_id', e.personal_id, 'eligible_from', e.eligible_from,
                                  'eligible_to', e.eligible_to)] END)) AS VARCHAR)
FROM health_cards_keyed h
LEFT JOIN ethnic_support e ON e.personal_id = h.person_key
WHERE h.group_code = 'DT'
  AND h.valid_from <= ${as_of}
  AND (h.valid_to IS NULL OR ${as_of} <= h.valid_to)
  AND NOT (e.personal_id IS NOT NULL
           AND e.eligible_from <= ${as_of}
           AND (e.eligible_to IS NULL OR ${as_of} <= e.eligible_to));
