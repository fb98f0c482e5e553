-- FACILITY-OVER-ESTIMATE: a facility's accepted claims for a year <= year(D) exceed its estimate.
INSERT INTO findings
SELECT ${rule}, f.facility_code || '/' || CAST(f.year AS VARCHAR), f.actual_claims - f.estimate, NULL, NULL, NULL,
       'Cơ sở khám chữa bệnh ' || f.facility_code || coalesce(' ''' || f.facility_name || '''', '') || ' năm '
       || CAST(f.year AS VARCHAR) || ': chi phí được duyệt ' || replace(format('{:,}', f.actual_claims), ',', '.')
       || ' đồng vượt dự toán ' || replace(format('{:,}', f.estimate), ',', '.') || ' đồng là '
       || replace(format('{:,}', f.actual_claims - f.estimate), ',', '.') || ' đồng',
       ${legal_basis},
       CAST(json_array(
           json_object('dataset', 'facility_spending', 'source_line', f.source_line,
                       'facility_code', f.facility_code, 'year', f.year, 'estimate', f.estimate,
                       'actual_claims', f.actual_claims)) AS VARCHAR)
FROM facility_spending f
WHERE f.year <= ${year_of_as_of}
  AND f.actual_claims > f.estimate;
