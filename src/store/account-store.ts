import type { Membership, ProjectRole, User } from '../core/types.js';

/** Accounts, sessions, API tokens and memberships: one transaction per method, like the rest of the store. */
export interface AccountStore {
  countUsers(): Promise<number>;
  createUser(input: NewUser): Promise<User>;
  /** Creates the user only while no account exists (first-run setup), atomically; null when one already does. */
  createFirstUser(input: NewUser): Promise<User | null>;
  findUserById(id: number): Promise<User | null>;
  findUserByName(username: string): Promise<(User & { readonly passwordHash: string }) | null>;
  listUsers(): Promise<User[]>;
  /** Disabling ends every session of the user and revokes their API tokens. */
  setUserDisabled(userId: number, disabled: boolean): Promise<void>;
  setPassword(userId: number, passwordHash: string): Promise<void>;
  setUserLocale(userId: number, locale: 'en' | 'id'): Promise<void>;

  createSession(input: { idHash: string; userId: number }): Promise<void>;
  /**
   * The live session's user; null if unknown, expired or the user is disabled. Its last-seen time
   * is moved to now only when it is older than `touchCutoff`, so that most requests write nothing.
   */
  resumeSession(input: { idHash: string; idleCutoff: string; absoluteCutoff: string; touchCutoff: string }): Promise<User | null>;
  deleteSession(idHash: string): Promise<void>;

  createApiToken(input: { userId: number; name: string; tokenHash: string }): Promise<number>;
  findUserByToken(tokenHash: string): Promise<User | null>;
  revokeApiTokens(userId: number): Promise<number>;

  /** The role, or null when the user is not a member. */
  findRole(projectId: number, userId: number): Promise<ProjectRole | null>;
  listMemberships(projectId: number): Promise<Membership[]>;
  setMembership(input: { projectId: number; userId: number; role: ProjectRole | null }): Promise<void>;
  listProjectIdsOf(userId: number): Promise<number[]>;

  /** A person's setting (a JSON value) by name, or null when they never changed it. */
  findPreference(userId: number, name: string): Promise<unknown>;
  /** Stores a person's setting; null forgets it (back to the default). */
  setPreference(userId: number, name: string, value: unknown): Promise<void>;
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly isAdmin: boolean;
  readonly demoPassword?: string | null;
}
