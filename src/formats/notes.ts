/** How review notes read in the bilingual formats. */
import type { ExportRejection } from './types.js';

/** e.g. "Rejected by rina (accuracy, major): Wrong number." — plain text; every writer escapes it. */
export function rejectionText(rejection: ExportRejection): string {
  const reasons = [rejection.category, rejection.severity].filter((part): part is string => part !== null && part !== '');
  const head = `Rejected by ${rejection.author}${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}`;
  return rejection.comment !== null && rejection.comment !== '' ? `${head}: ${rejection.comment}` : head;
}
