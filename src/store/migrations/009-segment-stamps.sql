-- A document's segments stamp: every insert, update or delete of one of its segment rows, by
-- whatever code path or process, counts it up (in the same transaction). A reader that kept a
-- document's segments may use them again as long as the stamp has not moved.
ALTER TABLE documents ADD COLUMN segments_stamp INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER segments_stamp_insert AFTER INSERT ON segments
BEGIN UPDATE documents SET segments_stamp = segments_stamp + 1 WHERE id = NEW.document_id; END;

CREATE TRIGGER segments_stamp_update AFTER UPDATE ON segments
BEGIN UPDATE documents SET segments_stamp = segments_stamp + 1 WHERE id IN (OLD.document_id, NEW.document_id); END;

CREATE TRIGGER segments_stamp_delete AFTER DELETE ON segments
BEGIN UPDATE documents SET segments_stamp = segments_stamp + 1 WHERE id = OLD.document_id; END;
