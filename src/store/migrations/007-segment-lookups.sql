-- QA looks up, on every save, the segments of a document with the same source or the same
-- target (compared loosely). These expression indexes turn two full scans of the document into
-- two index searches; the store's query is written as a UNION so that each side can use its own.
CREATE INDEX segments_loose_source ON segments (document_id, lower(trim(source)));
CREATE INDEX segments_loose_target ON segments (document_id, lower(trim(target)));
