import { Router } from 'express';
import { z } from 'zod';
import { csvField } from '../../formats/index.js';
import { QA_CHECKS } from '../../qa/index.js';
import type { Deps } from '../../usecases/deps.js';
import { acknowledgeFinding, documentOfSegment, documentQa } from '../../usecases/qa.js';
import { parse } from '../inputs/schemas.js';
import { presentFindings, type PresentedFinding } from '../presenters/qa.js';
import { contextOf, idOf as id } from './handle.js';

const reportQuery = z.object({
  check: z.string().max(40).default(''),
  severity: z.enum(['', 'error', 'warning']).default(''),
});

/** The document's QA report: every finding, filterable, and the same as CSV. */
export function qaRouter(deps: Deps): Router {
  const router = Router();

  async function report(req: Parameters<Parameters<Router['get']>[1]>[0], res: Parameters<Parameters<Router['get']>[1]>[1]) {
    const { t, actor } = contextOf(res);
    const filter = parse(reportQuery, req.query);
    const qa = await documentQa(deps, actor, id(req));
    const rows: { number: number; segmentId: number; source: string; target: string; finding: PresentedFinding }[] = [];
    qa.segments.forEach((segment, index) => {
      for (const finding of presentFindings(t, qa.findings.get(segment.id) ?? [])) {
        if (filter.check !== '' && finding.check !== filter.check) continue;
        if (filter.severity !== '' && finding.severity !== filter.severity) continue;
        rows.push({ number: index + 1, segmentId: segment.id, source: segment.source, target: segment.target, finding });
      }
    });
    return { ...qa, rows, filter };
  }

  router.get('/documents/:id/qa', async (req, res) => {
    const view = await report(req, res);
    const all = [...view.findings.values()].flat();
    res.render('qa/report', {
      ...view, checks: QA_CHECKS.map((check) => check.id),
      errors: all.filter((finding) => finding.severity === 'error').length, warnings: all.filter((finding) => finding.severity === 'warning').length,
    });
  });

  router.get('/documents/:id/qa.csv', async (req, res) => {
    const { t } = contextOf(res);
    const view = await report(req, res);
    const header = ['number', 'segment', 'check', 'severity', 'message', 'acknowledged', 'source', 'target'];
    const lines = view.rows.map((row) => [
      String(row.number), `s${row.segmentId}`, t(`qa:checks.${row.finding.check}`), t(`qa:severity.${row.finding.severity}`), row.finding.message,
      row.finding.acknowledged ? 'yes' : '', row.source, row.target,
    ].map(csvField).join(','));
    res.attachment(`qa-document-${view.document.id}.csv`);
    res.type('text/csv; charset=utf-8');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(`\uFEFF${[header.join(','), ...lines].map((line) => `${line}\r\n`).join('')}`);
  });

  router.post('/segments/:id/qa/acknowledge', async (req, res) => {
    const input = parse(acknowledgeForm, req.body);
    const { actor } = contextOf(res);
    await acknowledgeFinding(deps, actor, { segmentId: id(req), version: input.version, key: input.key });
    const documentId = await documentOfSegment(deps, actor, id(req));
    res.redirect(303, `/documents/${documentId}/review?compare=${input.compare}#segment-${id(req)}`);
  });

  return router;
}

const acknowledgeForm = z.object({
  version: z.coerce.number().int().min(0),
  key: z.string().min(1).max(500),
  compare: z.enum(['approved', 'confirmed']).default('approved'),
});
