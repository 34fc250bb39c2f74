import type Database from 'better-sqlite3';

/** A person's settings by name, each a JSON value (the SQLite side of AccountStore's preference methods). */
export class PreferencesSql {
  private readonly sql;

  constructor(db: Database.Database) {
    this.sql = {
      find: db.prepare('SELECT value FROM user_preferences WHERE user_id = ? AND name = ?').pluck(),
      upsert: db.prepare(`INSERT INTO user_preferences (user_id, name, value, updated_at) VALUES (@userId, @name, @value, @at)
        ON CONFLICT (user_id, name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`),
      remove: db.prepare('DELETE FROM user_preferences WHERE user_id = ? AND name = ?'),
    };
  }

  find(userId: number, name: string): unknown {
    const value = this.sql.find.get(userId, name) as string | undefined;
    return value === undefined ? null : JSON.parse(value) as unknown;
  }

  /** Stores the value, or forgets the setting when it is null. */
  set(userId: number, name: string, value: unknown, at: string): void {
    if (value === null) this.sql.remove.run(userId, name);
    else this.sql.upsert.run({ userId, name, value: JSON.stringify(value), at });
  }
}
