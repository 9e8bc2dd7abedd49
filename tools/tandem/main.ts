/**
 * The operator's command line: `npm run tandem -- <command> [options]`. Each command lives in its own
 * file here and is listed in COMMANDS; `--help` shows them all. Exit codes: 0 done, 1 the command's
 * negative verdict, 2 wrong arguments, 3 the command could not run.
 */
import { auditVerify } from './audit-verify';
import { type Command, EXIT_FAILED, EXIT_USAGE, UsageError } from './command';
import { dlqList } from './dlq-list';
import { dlqRedrive } from './dlq-redrive';
import { dlqShow } from './dlq-show';
import { keysCreate } from './keys-create';
import { keysList } from './keys-list';
import { keysRotate } from './keys-rotate';
import { outboxStatus } from './outbox-status';
import { outcomesReplay } from './outcomes-replay';
import { personErase } from './person-erase';
import { personExport } from './person-export';

const COMMANDS: Command[] = [auditVerify, dlqList, dlqShow, dlqRedrive, outboxStatus, keysCreate, keysRotate, keysList, personExport, personErase, outcomesReplay];

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return ['usage: npm run tandem -- <command> [options]', '', 'commands:', ...lines, '', 'npm run tandem -- <command> --help for its options'].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const command = COMMANDS.find((candidate) => candidate.name.split(' ').every((word, index) => argv[index] === word));
  if (!command) {
    const asked = argv.length === 0 || argv[0] === '--help' || argv[0] === '-h';
    (asked ? console.log : console.error)(asked ? help() : `unknown command: ${argv.join(' ')}\n\n${help()}`);
    return asked ? 0 : EXIT_USAGE;
  }
  const args = argv.slice(command.name.split(' ').length);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${command.usage}`);
    return EXIT_USAGE;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = EXIT_FAILED;
  },
);
