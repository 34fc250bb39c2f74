import type { Command } from 'commander';
import { backupDatabase, checkDatabaseFile, restoreDatabase } from '../store/backup.js';

/** `jembatan backup FILE` and `jembatan restore FILE`, on the database at DB_PATH. */
export function addBackupCommands(program: Command, dbPath: string, print: (line: string) => void): void {
  program.command('backup')
    .description('write a consistent copy of the database to a new file (safe while the server runs)')
    .argument('<file>', 'the copy; it must not exist yet')
    .action(async (file: string) => {
      await backupDatabase(dbPath, file);
      const { applied } = checkDatabaseFile(file);
      print(`Copied ${dbPath} to ${file} (integrity check ok, ${applied} migrations).`);
    });

  program.command('restore')
    .description('replace the database with a copy made by backup (stop the server first)')
    .argument('<file>', 'the copy; it is checked before anything is replaced')
    .action((file: string) => {
      const { applied, expected } = restoreDatabase(file, dbPath);
      const pending = expected - applied;
      print(`Restored ${file} into ${dbPath}${pending > 0 ? `; ${pending} newer migration(s) will run when the server starts` : ''}.`);
    });
}
