-- A document's activity stamp: every change to what the editor shows of its segments besides
-- the segment rows themselves (comments, thread events, review events, QA acknowledgements), by
-- whatever code path or process, counts it up (in the same transaction). With the segments stamp
-- (migration 009) it tells a reader whether the document-wide reads it kept are still current.
ALTER TABLE documents ADD COLUMN activity_stamp INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER comments_stamp_insert AFTER INSERT ON comments
BEGIN UPDATE documents SET activity_stamp = activity_stamp + 1 WHERE id = (SELECT document_id FROM segments WHERE id = NEW.segment_id); END;

CREATE TRIGGER comments_stamp_update AFTER UPDATE ON comments
BEGIN UPDATE documents SET activity_stamp = activity_stamp + 1
  WHERE id IN (SELECT document_id FROM segments WHERE id IN (OLD.segment_id, NEW.segment_id)); END;

CREATE TRIGGER comments_stamp_delete AFTER DELETE ON comments
BEGIN UPDATE documents SET activity_stamp = activity_stamp + 1 WHERE id = (SELECT document_id FROM segments WHERE id = OLD.segment_id); END;

-- Review and thread events are never changed or deleted (migrations 002, 008): an insert is all there is.
CREATE TRIGGER review_events_stamp_insert AFTER INSERT ON review_events
BEGIN UPDATE documents SET activity_stamp = activity_stamp + 1 WHERE id = (SELECT document_id FROM segments WHERE id = NEW.segment_id); END;

CREATE TRIGGER thread_events_stamp_insert AFTER INSERT ON thread_events
BEGIN UPDATE documents SET activity_stamp = activity_stamp + 1 WHERE id = (SELECT document_id FROM segments WHERE id = NEW.segment_id); END;

CREATE TRIGGER qa_acknowledgements_stamp_insert AFTER INSERT ON qa_acknowledgements
BEGIN UPDATE documents SET activity_stamp = activity_stamp + 1 WHERE id = (SELECT document_id FROM segments WHERE id = NEW.segment_id); END;

CREATE TRIGGER qa_acknowledgements_stamp_update AFTER UPDATE ON qa_acknowledgements
BEGIN UPDATE documents SET activity_stamp = activity_stamp + 1
  WHERE id IN (SELECT document_id FROM segments WHERE id IN (OLD.segment_id, NEW.segment_id)); END;

CREATE TRIGGER qa_acknowledgements_stamp_delete AFTER DELETE ON qa_acknowledgements
BEGIN UPDATE documents SET activity_stamp = activity_stamp + 1 WHERE id = (SELECT document_id FROM segments WHERE id = OLD.segment_id); END;
