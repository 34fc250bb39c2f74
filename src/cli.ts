#!/usr/bin/env node
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { Command } from 'commander';
import { segmentJsonLines, segmentText } from './cli/segment-command.js';
import { addBackupCommands } from './cli/backup-command.js';
import { loadConfig } from './config.js';
import { AppError, NotFoundError } from './core/errors.js';
import { systemClock } from './core/clock.js';
import { createI18n } from './i18n/index.js';
import { main } from './main.js';
import { openSqliteStore } from './store/sqlite-store.js';
import { systemActor } from './usecases/access.js';
import { createUser, issueApiToken, revokeApiTokens } from './usecases/accounts.js';
import { findOrCreateProject } from './usecases/create-project.js';
import { createDeps, type Deps } from './usecases/deps.js';
import { englishSpeller } from './spelling.js';
import { exportDocument } from './usecases/export-document.js';
import { IMPORT_FORMATS, importFormatOf, importIntoProject, importOntoDocument, isImportFormat, type ImportFormat } from './usecases/import-file.js';
import { reimportArticle } from './usecases/reimport-article.js';
import { exportLabels, stateNames } from './web/presenters/segments.js';
import { exporters } from './formats/index.js';
import type { Project } from './core/types.js';
import { importTmxStream } from './usecases/import-tmx.js';
import { UI_LOCALES } from './core/types.js';

// Commands serve no HTTP, so they run without the production session secret; `serve` checks it.
const config = loadConfig(process.env, 'command');
const openDeps = (): Deps => createDeps(openSqliteStore(config.dbPath, systemClock), systemClock, { speller: englishSpeller });
const print = (line: string) => process.stdout.write(`${line}\n`);
/** The command line acts with full rights on the database it opens; its changes are signed with the login name. */
const cliActor = () => systemActor(`cli:${userInfo().username || 'unknown'}`);

const program = new Command('jembatan')
  .description('Indonesian→English translation workbench')
  .showHelpAfterError();

program.command('serve').description('run the web server (same as npm start)').action(() => main(loadConfig(process.env)));

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
  .description('import a file into a project (article, XLIFF, TMX), or onto a document (newer article version, translations back from XLIFF, DOCX or CSV)')
  .argument('<file>', 'the file; its format comes from the extension unless --format says it')
  .option('-p, --project <name>', 'into this project (created if missing): an article or XLIFF becomes a new document, a TMX goes into the translation memory')
  .option('-d, --document <id>', 'onto this document: a .txt/.md/.html article updates its source (keeps translations); .xlf, .docx or .csv brings translations back')
  .option('-f, --format <id>', `one of ${IMPORT_FORMATS.join(', ')}`)
  .option('-t, --title <title>', 'document title (default: from the file)')
  .option('--json', 'print the result as JSON')
  .action(async (file: string, options: { project?: string; document?: string; format?: string; title?: string; json?: boolean }) => {
    if (Boolean(options.project) === Boolean(options.document)) throw new Error('give either --project or --document');
    if (options.format !== undefined && !isImportFormat(options.format)) throw new Error(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
    const format = options.format;
    const deps = openDeps();
    try {
      const result = options.document
        ? await importCommandOnDocument(deps, file, Number(options.document), format)
        : await importCommandIntoProject(deps, file, options.project!, format, options.title);
      print(options.json ? JSON.stringify(result.json) : result.line);
    } finally {
      await deps.store.close();
    }
  });

interface CommandResult { readonly line: string; readonly json: Record<string, unknown> }

async function importCommandIntoProject(deps: Deps, file: string, projectName: string, format: ImportFormat | undefined, title: string | undefined): Promise<CommandResult> {
  const project = await findOrCreateProject(deps, cliActor(), projectName);
  if ((format ?? importFormatOf(basename(file))) === 'tmx') return importTmxCommand(deps, file, project);
  const result = await importIntoProject(deps, { projectId: project.id, content: readFileSync(file), fileName: basename(file), format, title, actor: cliActor() });
  if (result.kind === 'tm') {
    const { units, added, duplicates, skipped } = result;
    return {
      line: `Read ${units} translation units into the memory of "${project.name}": ${added} added, ${duplicates} already there, ${skipped} not ${project.sourceLang}→${project.targetLang}.`,
      json: { projectId: project.id, tm: { units, added, duplicates, skipped } },
    };
  }
  const segments = await deps.store.listSegments(result.document.id);
  const translated = segments.filter((segment) => segment.target !== '').length;
  return {
    line: `Imported "${result.document.title}" as document ${result.document.id} in project "${project.name}" (${segments.length} segments, ${translated} with a translation).`,
    json: { documentId: result.document.id, projectId: project.id, title: result.document.title, segments: segments.length, translated, format: result.document.sourceFormat },
  };
}

/** A TMX of any size, read in pieces (memory stays bounded), with progress on stderr. */
async function importTmxCommand(deps: Deps, file: string, project: Project): Promise<CommandResult> {
  let last = 0;
  const report = await importTmxStream(deps, {
    projectId: project.id, actor: cliActor(),
    open: () => createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>,
    onProgress: ({ pass, units }) => {
      if (units - last < 50_000 && units !== 0) return;
      last = units;
      process.stderr.write(`${pass === 'check' ? 'checked' : 'stored'} ${units.toLocaleString('en')} units\n`);
    },
  });
  const { units, added, duplicates, skipped, seconds } = report;
  return {
    line: `Read ${units} translation units into the memory of "${project.name}" in ${seconds.toFixed(1)} s: ${added} added, ${duplicates} already there, ${skipped} not ${project.sourceLang}→${project.targetLang}.`,
    json: { projectId: project.id, tm: { units, added, duplicates, skipped, seconds } },
  };
}

async function importCommandOnDocument(deps: Deps, file: string, documentId: number, format: ImportFormat | undefined): Promise<CommandResult> {
  const chosen = format ?? importFormatOf(basename(file));
  const content = readFileSync(file);
  if (chosen === 'txt' || chosen === 'md' || chosen === 'html') {
    const report = await reimportArticle(deps, { documentId, content, fileName: basename(file), format: chosen, actor: cliActor() });
    const { kept, changed, added, removed } = report.summary;
    return {
      line: `Updated document ${report.document.id}: ${kept} unchanged, ${changed} source changed, ${added} new, ${removed} removed.`,
      json: { documentId: report.document.id, kept, changed, added, removed },
    };
  }
  const i18n = await createI18n();
  const report = await importOntoDocument(deps, {
    documentId, content, fileName: basename(file), format: chosen, actor: cliActor(),
    stateNames: UI_LOCALES.map((locale) => stateNames(i18n.getFixedT(locale))),
  });
  const { units, targets, states, comments, unchanged, skipped } = report.summary;
  return {
    line: `Read ${units} units onto document ${documentId}: ${targets} targets changed, ${states} states changed, ${comments} comments added, ${unchanged} unchanged, ${skipped} boilerplate left alone.`,
    json: { documentId, format: report.format, units, targets, states, comments, unchanged, skipped },
  };
}

program.command('export')
  .description(`export a document: ${Object.keys(exporters).join(', ')}`)
  .argument('<documentId>', 'document id (see the API or the editor URL)')
  .requiredOption('-f, --format <format>', Object.keys(exporters).join(' | '))
  .option('-o, --out <file>', 'write here instead of the server-chosen file name; "-" for stdout')
  .option('--output <file>', 'same as --out')
  .action(async (documentId: string, options: { format: string; out?: string; output?: string }) => {
    const deps = openDeps();
    const t = (await createI18n()).getFixedT(config.defaultLocale);
    try {
      const file = await exportDocument(deps, {
        documentId: Number(documentId), format: options.format, labels: exportLabels(t, config.defaultLocale), actor: cliActor(),
      });
      const out = options.out ?? options.output;
      if (out === '-') process.stdout.write(file.body);
      else writeFileSync(out ?? file.fileName, file.body);
      if (out !== '-') print(`Wrote ${out ?? file.fileName}`);
    } finally {
      await deps.store.close();
    }
  });

async function projectExceptions(name: string): Promise<readonly string[]> {
  const deps = openDeps();
  const project = await deps.store.findProjectByName(name);
  await deps.store.close();
  if (!project) throw new NotFoundError('project.notFound', { name });
  return project.settings.doNotBreakAfter;
}

addBackupCommands(program, config.dbPath, print);

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
