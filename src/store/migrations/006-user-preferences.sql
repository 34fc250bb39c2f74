-- A person's own settings that follow them from browser to browser (for now: their keymap).
-- One row per person and setting; the value is JSON, read and checked by the code that owns the setting.
CREATE TABLE user_preferences (
  user_id    INTEGER NOT NULL REFERENCES users(id),
  name       TEXT NOT NULL,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, name)
);
