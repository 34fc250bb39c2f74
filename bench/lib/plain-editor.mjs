// The editor page's baseline: a straightforward EJS render of the same grid (one template with a
// loop over the rows, compiled once, one query), served by plain Express on a loopback port.
// Usage: node bench/lib/plain-editor.mjs PORT DB_PATH
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import ejs from 'ejs';
import express from 'express';

const [port, dbPath] = process.argv.slice(2);
const db = new Database(dbPath, { readonly: true, fileMustExist: true });
const documentById = db.prepare('SELECT * FROM documents WHERE id = ?');
const segmentsOf = db.prepare('SELECT * FROM segments WHERE document_id = ? AND removed_at IS NULL ORDER BY position');
const render = ejs.compile(readFileSync(new URL('./plain-editor.ejs', import.meta.url), 'utf8'));
const labels = { new: 'New', draft: 'Draft', translated: 'Translated', rejected: 'Rejected', approved: 'Approved' };

const app = express();
app.get('/documents/:id', (req, res) => {
  const document = documentById.get(Number(req.params.id));
  if (!document) return res.status(404).send('not found');
  res.type('html').send(render({ document, segments: segmentsOf.all(document.id), labels }));
});
app.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
