-- A QA finding's key no longer holds the grid number of the other segment a consistency warning
-- names (usecases/qa.ts, findingKey): a merge or split above it changed the number, and the
-- acknowledgement was lost. Keys stored before end in "&segment=<number>" (parameters are sorted,
-- "other" comes first); that ending is taken off. A key cut at 500 characters inside its text
-- never had the number, and is the same as before. Should a segment's version have two such
-- acknowledgements of the same text (numbers apart), the first is kept and the other deleted.
UPDATE OR IGNORE qa_acknowledgements
SET code = substr(rtrim(code, '0123456789'), 1, length(rtrim(code, '0123456789')) - length('&segment='))
WHERE code LIKE 'consistency.%' AND rtrim(code, '0123456789') LIKE '%&segment=' AND length(rtrim(code, '0123456789')) < length(code);
DELETE FROM qa_acknowledgements
WHERE code LIKE 'consistency.%' AND rtrim(code, '0123456789') LIKE '%&segment=' AND length(rtrim(code, '0123456789')) < length(code);
