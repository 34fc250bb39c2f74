-- Accounts, server-side sessions, API tokens, project memberships and the review log (issue 4).
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  is_admin      INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
  ui_locale     TEXT CHECK (ui_locale IN ('en', 'id')),
  -- Demo accounts keep showing their password on the sign-in page until it is changed.
  demo_password TEXT,
  disabled_at   TEXT,
  created_at    TEXT NOT NULL
);

-- Only a hash of the session id is stored: a leaked database does not leak live sessions.
CREATE TABLE sessions (
  id_hash      TEXT PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id),
  created_at   TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  name       TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE TABLE memberships (
  project_id INTEGER NOT NULL REFERENCES projects(id),
  user_id    INTEGER NOT NULL REFERENCES users(id),
  role       TEXT NOT NULL CHECK (role IN ('translator', 'reviewer', 'manager')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (project_id, user_id)
);

-- Append-only: every confirm, approve, reject and reopen, with the revision it was about.
CREATE TABLE review_events (
  id          INTEGER PRIMARY KEY,
  segment_id  INTEGER NOT NULL REFERENCES segments(id),
  revision_id INTEGER REFERENCES revisions(id),
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('confirm', 'approve', 'reject', 'reopen')),
  from_state  TEXT NOT NULL,
  to_state    TEXT NOT NULL,
  category    TEXT,
  severity    TEXT,
  comment     TEXT,
  created_at  TEXT NOT NULL
);
CREATE INDEX review_events_segment ON review_events(segment_id);

CREATE TRIGGER review_events_no_update BEFORE UPDATE ON review_events
BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;
CREATE TRIGGER review_events_no_delete BEFORE DELETE ON review_events
BEGIN SELECT RAISE(ABORT, 'review events are append-only'); END;

-- A thread of notes per segment: reviewers explain, translators answer.
CREATE TABLE comments (
  id         INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments(id),
  author     TEXT NOT NULL,
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX comments_segment ON comments(segment_id);
