import { Router } from 'express';
import { ForbiddenError } from '../../core/errors.js';
import { createUser, issueApiToken, listUsers, revokeApiTokens, setMember, setPassword, setUserDisabled } from '../../usecases/accounts.js';
import type { Deps } from '../../usecases/deps.js';
import { memberInput, newUserInput, parse, passwordInput } from '../inputs/schemas.js';
import { contextOf, idOf as id } from './handle.js';

/** User management (admins) and project membership (managers). */
export function adminRouter(deps: Deps): Router {
  const router = Router();
  const usersPage = async (res: Parameters<Parameters<Router['get']>[1]>[1], extra: object = {}) =>
    res.render('admin/users', { users: await listUsers(deps, contextOf(res).actor), created: null, token: null, ...extra });

  router.use('/admin', (_req, res, next) => next(contextOf(res).actor.isAdmin ? undefined : new ForbiddenError('users.forbidden')));

  router.get('/admin/users', async (_req, res) => usersPage(res));

  router.post('/admin/users', async (req, res) => {
    const input = parse(newUserInput, req.body);
    const user = await createUser(deps, contextOf(res).actor, { ...input, isAdmin: input.admin === 'on' });
    await usersPage(res, { created: user.username });
  });

  router.post('/admin/users/:id/disable', async (req, res) => {
    await setUserDisabled(deps, contextOf(res).actor, { userId: id(req), disabled: true });
    res.redirect(303, '/admin/users');
  });

  router.post('/admin/users/:id/enable', async (req, res) => {
    await setUserDisabled(deps, contextOf(res).actor, { userId: id(req), disabled: false });
    res.redirect(303, '/admin/users');
  });

  router.post('/admin/users/:id/password', async (req, res) => {
    await setPassword(deps, contextOf(res).actor, { userId: id(req), password: parse(passwordInput, req.body).password });
    res.redirect(303, '/admin/users');
  });

  router.post('/admin/users/:id/token', async (req, res) => {
    const token = await issueApiToken(deps, contextOf(res).actor, { userId: id(req), name: 'web' });
    await usersPage(res, { token });
  });

  router.post('/admin/users/:id/revoke-tokens', async (req, res) => {
    await revokeApiTokens(deps, contextOf(res).actor, id(req));
    res.redirect(303, '/admin/users');
  });

  router.post('/projects/:id/members', async (req, res) => {
    const input = parse(memberInput, req.body);
    await setMember(deps, contextOf(res).actor, { projectId: id(req), username: input.username, role: input.role === 'none' ? null : input.role });
    res.redirect(303, `/projects/${id(req)}#members`);
  });

  return router;
}
