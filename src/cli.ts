#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { Command } from 'commander';
import { segmentJsonLines, segmentText } from './cli/segment-command.js';
import { loadConfig } from './config.js';
import { AppError, NotFoundError } from './core/errors.js';
import { systemClock } from './core/clock.js';
import { createI18n } from './i18n/index.js';
import { main } from './main.js';
import { openSqliteStore } from './store/sqlite-store.js';
import { systemActor } from './usecases/access.js';
import { createUser, issueApiToken, revokeApiTokens } from './usecases/accounts.js';
import { findOrCreateProject } from './usecases/create-project.js';
import type { Deps } from './usecases/deps.js';
import { exportDocument } from './usecases/export-document.js';
import { importArticle } from './usecases/import-article.js';
import { reimportArticle } from './usecases/reimport-article.js';
import { exportLabels } from './web/presenters/segments.js';

const config = loadConfig(process.env);
const openDeps = (): Deps => ({ store: openSqliteStore(config.dbPath, systemClock), clock: systemClock });
const print = (line: string) => process.stdout.write(`${line}\n`);
/** The command line acts with full rights on the database it opens; its changes are signed with the login name. */
const cliActor = () => systemActor(`cli:${userInfo().username || 'unknown'}`);

const program = new Command('jembatan')
  .description('Indonesian→English translation workbench')
  .showHelpAfterError();

program.command('serve').description('run the web server (same as npm start)').action(() => main(config));

program.command('segment')
  .description('split text from stdin into segments, one per line (boilerplate included)')
  .option('--jsonl', 'read {"id","text"} JSON Lines, write {"id","sentences","kinds"} JSON Lines')
  .option('-p, --project <name>', "also apply this project's segmentation exceptions, as its imports do")
  .action(async (options: { jsonl?: boolean; project?: string }) => {
    const rules = { doNotBreakAfter: options.project ? await projectExceptions(options.project) : [] };
    if (!options.jsonl) return segmentText(process.stdin, print, rules);
    if ((await segmentJsonLines(process.stdin, print, rules)) > 0) process.exitCode = 1;
  });

program.command('import')
  .description('import an article (.txt or .md) into a project, or update a document from a newer version')
  .argument('<file>', 'UTF-8 text or Markdown file')
  .option('-p, --project <name>', 'import as a new document of this project (created if missing)')
  .option('-d, --document <id>', 'update this document from a newer version of its article (keeps translations)')
  .option('-t, --title <title>', 'document title (default: the first line)')
  .action(async (file: string, options: { project?: string; document?: string; title?: string }) => {
    if (Boolean(options.project) === Boolean(options.document)) throw new Error('give either --project or --document');
    const deps = openDeps();
    const content = readFileSync(file);
    if (options.document) {
      const report = await reimportArticle(deps, { documentId: Number(options.document), content, fileName: basename(file), actor: cliActor() });
      const { kept, changed, added, removed } = report.summary;
      print(`Updated document ${report.document.id}: ${kept} unchanged, ${changed} source changed, ${added} new, ${removed} removed.`);
    } else {
      const project = await findOrCreateProject(deps, cliActor(), options.project!);
      const document = await importArticle(deps, { projectId: project.id, content, fileName: basename(file), title: options.title, actor: cliActor() });
      print(`Imported "${document.title}" as document ${document.id} in project "${project.name}".`);
    }
    await deps.store.close();
  });

program.command('export')
  .description('export a document: xliff21, xliff12, tmx, csv, html or txt')
  .argument('<documentId>', 'document id (see the API or the editor URL)')
  .requiredOption('-f, --format <format>', 'xliff21 | xliff12 | tmx | csv | html | txt')
  .option('-o, --output <file>', 'write here instead of the server-chosen file name; "-" for stdout')
  .action(async (documentId: string, options: { format: string; output?: string }) => {
    const deps = openDeps();
    const t = (await createI18n()).getFixedT(config.defaultLocale);
    const file = await exportDocument(deps, {
      documentId: Number(documentId), format: options.format, labels: exportLabels(t, config.defaultLocale), actor: cliActor(),
    });
    if (options.output === '-') process.stdout.write(file.body);
    else writeFileSync(options.output ?? file.fileName, file.body);
    if (options.output !== '-') print(`Wrote ${options.output ?? file.fileName}`);
    await deps.store.close();
  });

async function projectExceptions(name: string): Promise<readonly string[]> {
  const deps = openDeps();
  const project = await deps.store.findProjectByName(name);
  await deps.store.close();
  if (!project) throw new NotFoundError('project.notFound', { name });
  return project.settings.doNotBreakAfter;
}

const user = program.command('user').description('manage accounts (acts as an administrator on DB_PATH)');

user.command('add')
  .argument('<name>', 'username')
  .requiredOption('-r, --role <role>', 'admin | member (members get project roles from a manager)')
  .option('--password <password>', 'the password (default: read from the JEMBATAN_PASSWORD environment variable)')
  .action(async (name: string, options: { role: string; password?: string }) => {
    if (!['admin', 'member'].includes(options.role)) throw new Error('--role must be admin or member');
    const password = options.password ?? config.newUserPassword;
    if (!password) throw new Error('give --password or set JEMBATAN_PASSWORD');
    const deps = openDeps();
    const created = await createUser(deps, cliActor(), { username: name, password, isAdmin: options.role === 'admin' });
    print(`Created ${created.isAdmin ? 'administrator' : 'member'} "${created.username}" (id ${created.id}).`);
    await deps.store.close();
  });

user.command('token')
  .argument('<name>', 'username')
  .option('--revoke', "revoke all of the user's tokens instead")
  .action(async (name: string, options: { revoke?: boolean }) => {
    const deps = openDeps();
    const found = await deps.store.findUserByName(name);
    if (!found) throw new NotFoundError('users.notFound', { username: name });
    if (options.revoke) print(`Revoked ${await revokeApiTokens(deps, cliActor(), found.id)} token(s) of "${found.username}".`);
    else print(await issueApiToken(deps, cliActor(), { userId: found.id, name: 'cli' }));
    await deps.store.close();
  });

program.parseAsync().catch(async (error: unknown) => {
  const message = error instanceof AppError
    ? (await createI18n()).getFixedT(config.defaultLocale)(`errors:${error.code}`, { ...error.details })
    : error instanceof Error ? error.message : String(error);
  process.stderr.write(`jembatan: ${message}\n`);
  process.exitCode = 1;
});
