-- The update triggers of migrations 009 and 010 counted up the stamp of the old and the new
-- document (project) with `WHERE id IN (OLD.…, NEW.…)`. SQLite runs such a list through a
-- temporary index built afresh each time the trigger fires: on a segment update, every save's,
-- that was up to a third of the update's cost. The same, with plain equality: the new owner's
-- stamp, then the old owner's when the row moved (never the same stamp twice for one change).
DROP TRIGGER segments_stamp_update;
CREATE TRIGGER segments_stamp_update AFTER UPDATE ON segments
BEGIN
  UPDATE documents SET segments_stamp = segments_stamp + 1 WHERE id = NEW.document_id;
  UPDATE documents SET segments_stamp = segments_stamp + 1 WHERE id = OLD.document_id AND OLD.document_id IS NOT NEW.document_id;
END;

DROP TRIGGER glossary_stamp_update;
CREATE TRIGGER glossary_stamp_update AFTER UPDATE ON glossary_terms
BEGIN
  UPDATE projects SET glossary_stamp = glossary_stamp + 1 WHERE id = NEW.project_id;
  UPDATE projects SET glossary_stamp = glossary_stamp + 1 WHERE id = OLD.project_id AND OLD.project_id IS NOT NEW.project_id;
END;
