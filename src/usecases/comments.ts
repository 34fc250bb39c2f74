import { InvalidInputError } from '../core/errors.js';
import type { Actor, Comment } from '../core/types.js';
import type { Deps } from './deps.js';
import { loadSegment } from './load.js';

export const MAX_COMMENT_LENGTH = 2000;

/** Adds a note to a segment's thread: a reviewer explains, a translator answers. */
export async function addComment(deps: Deps, input: { segmentId: number; body: string; actor: Actor }): Promise<Comment> {
  const body = input.body.trim();
  if (body === '' || body.length > MAX_COMMENT_LENGTH) throw new InvalidInputError('comment.length', { max: MAX_COMMENT_LENGTH });
  const { segment } = await loadSegment(deps, input.actor, input.segmentId, 'translate');
  return deps.store.addComment({ segmentId: segment.id, author: input.actor.username, body });
}
