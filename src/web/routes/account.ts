import { Router, type ErrorRequestHandler, type Response } from 'express';
import type { KeymapProblem } from '../../keymap/index.js';
import type { Deps } from '../../usecases/deps.js';
import { getKeymap, resetKeymap, saveKeymap } from '../../usecases/keymap.js';
import { keymapInput, keymapPageQuery, keymapResetInput } from '../inputs/keymap.js';
import { localPath, parse } from '../inputs/schemas.js';
import { describeError } from '../middleware/errors.js';
import { keymapForm, keymapScriptData } from '../presenters/keymap.js';
import { contextOf } from './handle.js';

/** The signed-in person's own settings: their keyboard shortcuts. */
export function accountRouter(deps: Deps): Router {
  const router = Router();

  router.get('/account/keyboard', async (req, res) => {
    const { back, done } = parse(keymapPageQuery, req.query);
    await renderKeyboard(deps, res, { back, done });
  });

  router.post('/account/keyboard', async (req, res) => {
    const { back, ...written } = parse(keymapInput, req.body);
    await saveKeymap(deps, contextOf(res).actor, written);
    res.redirect(303, `/account/keyboard?done=saved${backQuery(back)}`);
  });

  router.post('/account/keyboard/reset', async (req, res) => {
    const { back } = parse(keymapResetInput, req.body);
    await resetKeymap(deps, contextOf(res).actor);
    res.redirect(303, `/account/keyboard?done=reset${backQuery(back)}`);
  });

  router.use('/account/keyboard', keymapRefused(deps));
  return router;
}

const backQuery = (back: string | undefined) => (back ? `&back=${encodeURIComponent(localPath(back))}` : '');

async function renderKeyboard(deps: Deps, res: Response, page: {
  back?: string | undefined; done?: string | undefined; typed?: Record<string, string | undefined>; problems?: readonly KeymapProblem[]; failure?: string;
}): Promise<void> {
  const { t, actor } = contextOf(res);
  const { keymap, changed } = await getKeymap(deps, actor);
  res.render('account/keyboard', {
    rows: keymapForm(t, keymap, page.typed, page.problems), changed, recorder: keymapScriptData(t),
    back: page.back ? localPath(page.back, '') : '', done: page.done ?? null, failure: page.failure ?? null,
  });
}

/** A refused keymap shows the page again with what was typed and a message under each command concerned. */
function keymapRefused(deps: Deps): ErrorRequestHandler {
  return async (raw: unknown, req, res, next) => {
    const error = describeError(raw, res);
    if (req.method !== 'POST' || error.code !== 'keymap.invalid') return next(raw);
    try {
      const typed = keymapInput.safeParse(req.body ?? {});
      const { back, ...written } = typed.success ? typed.data : {};
      res.status(error.status);
      await renderKeyboard(deps, res, { back, typed: written, problems: error.details.problems as KeymapProblem[], failure: error.message });
    } catch (renderError) {
      next(renderError);
    }
  };
}
