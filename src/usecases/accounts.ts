import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../core/errors.js';
import type { Actor, ProjectRole, User } from '../core/types.js';
import { checkPasswordPolicy, hashPassword } from '../auth/passwords.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { requireAccess } from './access.js';
import type { Deps } from './deps.js';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/i;

export interface NewAccount {
  readonly username: string;
  readonly displayName?: string | undefined;
  readonly password: string;
  readonly isAdmin: boolean;
}

/** Creates an account after checking the name and the password policy. Admins only (or the system). */
export async function createUser(deps: Deps, actor: Actor, input: NewAccount): Promise<User> {
  if (!actor.isAdmin) throw new ForbiddenError('users.forbidden');
  return addUser(deps, input);
}

/** The first admin, from the setup page: allowed only while no account exists. */
export async function setupFirstAdmin(deps: Deps, input: Omit<NewAccount, 'isAdmin'>): Promise<User> {
  if ((await deps.store.countUsers()) > 0) throw new ForbiddenError('setup.done');
  const username = input.username.trim();
  if (!USERNAME.test(username)) throw new InvalidInputError('users.username');
  const problem = checkPasswordPolicy(input.password, username);
  if (problem) throw new InvalidInputError(problem);
  // Checked again atomically with the insert: two setup forms sent at once make one admin, not two.
  const user = await deps.store.createFirstUser({
    username, displayName: input.displayName?.trim() || username, passwordHash: await hashPassword(input.password), isAdmin: true,
  });
  if (!user) throw new ForbiddenError('setup.done');
  return user;
}

async function addUser(deps: Deps, input: NewAccount & { demoPassword?: string }): Promise<User> {
  const username = input.username.trim();
  if (!USERNAME.test(username)) throw new InvalidInputError('users.username');
  const problem = input.demoPassword ? null : checkPasswordPolicy(input.password, username);
  if (problem) throw new InvalidInputError(problem);
  if (await deps.store.findUserByName(username)) throw new ConflictError('users.exists', { username });
  return deps.store.createUser({
    username, displayName: input.displayName?.trim() || username, passwordHash: await hashPassword(input.password),
    isAdmin: input.isAdmin, demoPassword: input.demoPassword ?? null,
  });
}

/** Demo accounts (DEMO=1): fixed, documented passwords shown on the sign-in page until changed. */
export async function createDemoAccount(deps: Deps, input: { username: string; password: string; isAdmin: boolean }): Promise<User> {
  return addUser(deps, { ...input, demoPassword: input.password });
}

export async function listUsers(deps: Deps, actor: Actor): Promise<User[]> {
  if (!actor.isAdmin) throw new ForbiddenError('users.forbidden');
  return deps.store.listUsers();
}

/** Disabling ends the user's sessions at once and revokes their API tokens. */
export async function setUserDisabled(deps: Deps, actor: Actor, input: { userId: number; disabled: boolean }): Promise<void> {
  if (!actor.isAdmin) throw new ForbiddenError('users.forbidden');
  if (input.userId === actor.userId) throw new InvalidInputError('users.disableSelf');
  await loadUser(deps, input.userId);
  await deps.store.setUserDisabled(input.userId, input.disabled);
}

/** An admin resets a password; every session and API token of that user ends. */
export async function setPassword(deps: Deps, actor: Actor, input: { userId: number; password: string }): Promise<void> {
  if (!actor.isAdmin) throw new ForbiddenError('users.forbidden');
  const user = await loadUser(deps, input.userId);
  const problem = checkPasswordPolicy(input.password, user.username);
  if (problem) throw new InvalidInputError(problem);
  await deps.store.setPassword(user.id, await hashPassword(input.password));
}

/** A personal API token for scripts; only its hash is stored, so it is shown once. */
export async function issueApiToken(deps: Deps, actor: Actor, input: { userId: number; name: string }): Promise<string> {
  if (!actor.isAdmin && actor.userId !== input.userId) throw new ForbiddenError('users.forbidden');
  await loadUser(deps, input.userId);
  const token = `jbt_${newToken()}`;
  await deps.store.createApiToken({ userId: input.userId, name: input.name.slice(0, 80) || 'token', tokenHash: hashToken(token) });
  return token;
}

export async function revokeApiTokens(deps: Deps, actor: Actor, userId: number): Promise<number> {
  if (!actor.isAdmin && actor.userId !== userId) throw new ForbiddenError('users.forbidden');
  return deps.store.revokeApiTokens(userId);
}

/** Managers add members, change their role, or remove them (role null). */
export async function setMember(deps: Deps, actor: Actor, input: { projectId: number; username: string; role: ProjectRole | null }): Promise<void> {
  await requireAccess(deps, actor, input.projectId, 'manage');
  const user = await deps.store.findUserByName(input.username.trim());
  if (!user) throw new NotFoundError('users.notFound', { username: input.username });
  await deps.store.setMembership({ projectId: input.projectId, userId: user.id, role: input.role });
}

async function loadUser(deps: Deps, id: number): Promise<User> {
  const user = await deps.store.findUserById(id);
  if (!user) throw new NotFoundError('users.notFound', { id });
  return user;
}
