-- The GDP growth target of every national work report, and the previous year's result stated in
-- the same report. README, "Demo". Run on a database of `zhtext extract --format sqlite`.
WITH target AS (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY start) AS n
  FROM facts WHERE canonical = 'gdp' AND status = 'target' AND change_unit = 'percent')
SELECT substr(d.source, 13, 17) AS report,
       t.period AS year, t.change_value AS target, t.change_low AS low, t.change_high AS high, t.qualifier,
       (SELECT a.change_value FROM facts a
         WHERE a.document_id = d.id AND a.canonical = 'gdp' AND a.status = 'actual' AND a.change_unit = 'percent'
           AND a.period = CAST(COALESCE(d.year, CAST(t.period AS INTEGER) - 1) AS TEXT)
         ORDER BY a.start LIMIT 1) AS previous_result
FROM documents d
LEFT JOIN target t ON t.document_id = d.id AND t.n = 1
WHERE d.source LIKE '%national-%-work-report.txt'
ORDER BY d.source;
