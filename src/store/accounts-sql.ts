import type Database from 'better-sqlite3';
import type { Clock } from '../core/clock.js';
import type { Membership, ProjectRole, User } from '../core/types.js';
import type { AccountStore, NewUser } from './account-store.js';
import { PreferencesSql } from './preferences-sql.js';
import { writeWithoutSync } from './wal-sync.js';
import { inTransaction, inImmediateTransaction } from './transactions.js';

interface UserRow {
  id: number; username: string; display_name: string; password_hash: string; is_admin: number;
  ui_locale: 'en' | 'id' | null; demo_password: string | null; disabled_at: string | null; created_at: string;
}

const toUser = (r: UserRow): User => ({
  id: r.id, username: r.username, displayName: r.display_name, isAdmin: r.is_admin === 1, uiLocale: r.ui_locale,
  disabledAt: r.disabled_at, demoPassword: r.demo_password, createdAt: r.created_at,
});

/** The SQLite side of AccountStore; statements prepared once. */
export class AccountsSql implements AccountStore {
  private readonly accountSql;
  private readonly preferences: PreferencesSql;

  constructor(protected readonly db: Database.Database, protected readonly clock: Clock) {
    this.preferences = new PreferencesSql(db);
    this.accountSql = {
      count: db.prepare('SELECT COUNT(*) AS n FROM users'),
      insert: db.prepare(`INSERT INTO users (username, display_name, password_hash, is_admin, demo_password, created_at)
        VALUES (@username, @displayName, @passwordHash, @isAdmin, @demoPassword, @at)`),
      byId: db.prepare('SELECT * FROM users WHERE id = ?'),
      byName: db.prepare('SELECT * FROM users WHERE username = ?'),
      all: db.prepare('SELECT * FROM users ORDER BY username COLLATE NOCASE'),
      disable: db.prepare('UPDATE users SET disabled_at = @at WHERE id = @id'),
      enable: db.prepare('UPDATE users SET disabled_at = NULL WHERE id = ?'),
      password: db.prepare('UPDATE users SET password_hash = @hash, demo_password = NULL WHERE id = @id'),
      locale: db.prepare('UPDATE users SET ui_locale = @locale WHERE id = @id'),
      endSessions: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
      insertSession: db.prepare('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (@idHash, @userId, @at, @at)'),
      session: db.prepare(`SELECT users.*, sessions.created_at AS session_created, sessions.last_seen_at AS session_seen
        FROM sessions JOIN users ON users.id = sessions.user_id WHERE sessions.id_hash = ?`),
      touch: db.prepare('UPDATE sessions SET last_seen_at = @at WHERE id_hash = @idHash'),
      deleteSession: db.prepare('DELETE FROM sessions WHERE id_hash = ?'),
      insertToken: db.prepare('INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (@userId, @name, @tokenHash, @at)'),
      tokenUser: db.prepare(`SELECT users.* FROM api_tokens JOIN users ON users.id = api_tokens.user_id
        WHERE api_tokens.token_hash = ? AND api_tokens.revoked_at IS NULL AND users.disabled_at IS NULL`),
      revokeTokens: db.prepare('UPDATE api_tokens SET revoked_at = @at WHERE user_id = @userId AND revoked_at IS NULL'),
      role: db.prepare('SELECT role FROM memberships WHERE project_id = ? AND user_id = ?'),
      members: db.prepare(`SELECT memberships.project_id, memberships.role, users.id, users.username, users.display_name
        FROM memberships JOIN users ON users.id = memberships.user_id WHERE memberships.project_id = ? ORDER BY users.username`),
      upsertMember: db.prepare(`INSERT INTO memberships (project_id, user_id, role, created_at) VALUES (@projectId, @userId, @role, @at)
        ON CONFLICT (project_id, user_id) DO UPDATE SET role = excluded.role`),
      deleteMember: db.prepare('DELETE FROM memberships WHERE project_id = @projectId AND user_id = @userId'),
      projectsOf: db.prepare('SELECT project_id FROM memberships WHERE user_id = ?'),
    };
  }

  async countUsers() {
    return (this.accountSql.count.get() as { n: number }).n;
  }

  async createUser(input: NewUser) {
    const { lastInsertRowid } = this.accountSql.insert.run({
      ...input, isAdmin: input.isAdmin ? 1 : 0, demoPassword: input.demoPassword ?? null, at: this.clock.now(),
    });
    return toUser(this.accountSql.byId.get(lastInsertRowid) as UserRow);
  }

  async createFirstUser(input: NewUser) {
    return inImmediateTransaction(this.db, () => {
      if ((this.accountSql.count.get() as { n: number }).n > 0) return null;
      const { lastInsertRowid } = this.accountSql.insert.run({
        ...input, isAdmin: input.isAdmin ? 1 : 0, demoPassword: input.demoPassword ?? null, at: this.clock.now(),
      });
      return toUser(this.accountSql.byId.get(lastInsertRowid) as UserRow);
    });
  }

  async findUserById(id: number) {
    const row = this.accountSql.byId.get(id) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  async findUserByName(username: string) {
    const row = this.accountSql.byName.get(username) as UserRow | undefined;
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  async listUsers() {
    return (this.accountSql.all.all() as UserRow[]).map(toUser);
  }

  async setUserDisabled(userId: number, disabled: boolean) {
    inTransaction(this.db, () => {
      if (!disabled) return void this.accountSql.enable.run(userId);
      this.accountSql.disable.run({ id: userId, at: this.clock.now() });
      this.accountSql.endSessions.run(userId);
      this.accountSql.revokeTokens.run({ userId, at: this.clock.now() });
    });
  }

  async setPassword(userId: number, passwordHash: string) {
    inTransaction(this.db, () => {
      this.accountSql.password.run({ id: userId, hash: passwordHash });
      this.accountSql.endSessions.run(userId);
      this.accountSql.revokeTokens.run({ userId, at: this.clock.now() });
    });
  }

  async setUserLocale(userId: number, locale: 'en' | 'id') {
    this.accountSql.locale.run({ id: userId, locale });
  }

  async createSession(input: { idHash: string; userId: number }) {
    this.accountSql.insertSession.run({ ...input, at: this.clock.now() });
  }

  async resumeSession(input: { idHash: string; idleCutoff: string; absoluteCutoff: string; touchCutoff: string }) {
    // One read, and a write only now and then: the session is read on every request of a browser
    // (each autosave among them), and its idle limit needs the last-seen time only to the minute.
    const row = this.accountSql.session.get(input.idHash) as (UserRow & { session_created: string; session_seen: string }) | undefined;
    if (!row) return null;
    if (row.disabled_at !== null || row.session_seen < input.idleCutoff || row.session_created < input.absoluteCutoff) {
      this.accountSql.deleteSession.run(input.idHash);
      return null;
    }
    if (row.session_seen < input.touchCutoff) {
      try {
        // Like presence, a last-seen time is not worth an fsync on the event loop: the next durable write syncs it.
        writeWithoutSync(this.db, () => this.accountSql.touch.run({ idHash: input.idHash, at: this.clock.now() }));
      } catch {
        // Busy or full: the session is valid all the same, and the next request a minute on tries again.
      }
    }
    return toUser(row);
  }

  async deleteSession(idHash: string) {
    this.accountSql.deleteSession.run(idHash);
  }

  async createApiToken(input: { userId: number; name: string; tokenHash: string }) {
    return Number(this.accountSql.insertToken.run({ ...input, at: this.clock.now() }).lastInsertRowid);
  }

  async findUserByToken(tokenHash: string) {
    const row = this.accountSql.tokenUser.get(tokenHash) as UserRow | undefined;
    return row ? toUser(row) : null;
  }

  async revokeApiTokens(userId: number) {
    return this.accountSql.revokeTokens.run({ userId, at: this.clock.now() }).changes;
  }

  async findRole(projectId: number, userId: number) {
    const row = this.accountSql.role.get(projectId, userId) as { role: ProjectRole } | undefined;
    return row?.role ?? null;
  }

  async listMemberships(projectId: number): Promise<Membership[]> {
    type Row = { project_id: number; role: ProjectRole; id: number; username: string; display_name: string };
    return (this.accountSql.members.all(projectId) as Row[]).map((r) => ({
      projectId: r.project_id, role: r.role, user: { id: r.id, username: r.username, displayName: r.display_name },
    }));
  }

  async setMembership(input: { projectId: number; userId: number; role: ProjectRole | null }) {
    if (input.role === null) this.accountSql.deleteMember.run(input);
    else this.accountSql.upsertMember.run({ ...input, at: this.clock.now() });
  }

  async listProjectIdsOf(userId: number) {
    return (this.accountSql.projectsOf.all(userId) as { project_id: number }[]).map((r) => r.project_id);
  }

  async findPreference(userId: number, name: string) {
    return this.preferences.find(userId, name);
  }

  async setPreference(userId: number, name: string, value: unknown) {
    this.preferences.set(userId, name, value, this.clock.now());
  }
}
