-- A project's glossary stamp: every insert, update or delete of one of its glossary terms, by
-- whatever code path or process, counts it up (in the same transaction). A reader that kept a
-- project's terms (QA reads them on every save) may use them again while the stamp stays.
ALTER TABLE projects ADD COLUMN glossary_stamp INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER glossary_stamp_insert AFTER INSERT ON glossary_terms
BEGIN UPDATE projects SET glossary_stamp = glossary_stamp + 1 WHERE id = NEW.project_id; END;

CREATE TRIGGER glossary_stamp_update AFTER UPDATE ON glossary_terms
BEGIN UPDATE projects SET glossary_stamp = glossary_stamp + 1 WHERE id IN (OLD.project_id, NEW.project_id); END;

CREATE TRIGGER glossary_stamp_delete AFTER DELETE ON glossary_terms
BEGIN UPDATE projects SET glossary_stamp = glossary_stamp + 1 WHERE id = OLD.project_id; END;
