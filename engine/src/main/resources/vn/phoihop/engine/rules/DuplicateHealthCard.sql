-- DUP-HEALTH-CARD: a person key holding two or more cards valid on D. The card kept is the one
-- first in the contribution order (Decree 146/2018 Điều 7.4), then the earliest valid_from, then
-- the smallest card number; every other card is redundant.
INSERT INTO findings
WITH holders_of_several AS (
    -- counted first, so that only their cards are labelled and ranked (sorting every card costs more)
    SELECT person_key
    FROM health_cards_keyed
    WHERE valid_from <= ${as_of}
      AND (valid_to IS NULL OR ${as_of} <= valid_to)
    GROUP BY person_key
    HAVING count(*) >= 2
), valid AS (
    SELECT h.*,
           CASE h.funded_by WHEN 'employer' THEN 1 WHEN 'social_insurance' THEN 2 WHEN 'state_budget' THEN 3
                            WHEN 'budget_support' THEN 4 ELSE 5 END AS funding_order,
           CASE h.funded_by WHEN 'employer' THEN 'người sử dụng lao động đóng'
                            WHEN 'social_insurance' THEN 'cơ quan BHXH đóng'
                            WHEN 'state_budget' THEN 'ngân sách nhà nước đóng'
                            WHEN 'budget_support' THEN 'ngân sách hỗ trợ'
                            ELSE 'tự đóng' END AS funding_label
    FROM health_cards_keyed h
    WHERE h.valid_from <= ${as_of}
      AND (h.valid_to IS NULL OR ${as_of} <= h.valid_to)
      AND h.person_key IN (SELECT person_key FROM holders_of_several)
), ranked AS (
    SELECT valid.*,
           row_number() OVER (PARTITION BY person_key ORDER BY funding_order, valid_from, card_number) AS keep_order,
           count(*) OVER (PARTITION BY person_key) AS cards
    FROM valid
)
SELECT ${rule}, person_key, NULL, NULL, CAST(cards AS INTEGER), NULL,
       CAST(cards AS VARCHAR) || ' thẻ BHYT còn hiệu lực ngày ' || strftime(${as_of}, '%d/%m/%Y') || ' của '
       || person_key || ': '
       || string_agg(card_number || ' (' || group_code || ', ' || funding_label || ')', ', ' ORDER BY keep_order)
       || '; giữ thẻ ' || max(CASE WHEN keep_order = 1 THEN card_number END)
       || ', thẻ thừa theo thứ tự đóng: '
       || string_agg(CASE WHEN keep_order > 1 THEN card_number END, ', ' ORDER BY keep_order),
       ${legal_basis},
       CAST(to_json(list(json_object('dataset', 'health_cards', 'source_line', source_line,
                                     'card_number', card_number, 'social_insurance_code', social_insurance_code,
                                     'personal_id', personal_id, 'group_code', group_code, 'funded_by', funded_by,
                                     'valid_from', valid_from, 'valid_to', valid_to,
                                     'redundant', keep_order > 1) ORDER BY keep_order)) AS VARCHAR)
FROM ranked
WHERE cards >= 2
GROUP BY person_key, cards;
