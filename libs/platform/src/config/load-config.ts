import { plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function problemsOf(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
}

/** Reads a config class from the environment; throws ConfigError listing every problem at once. */
export function loadConfig<T extends object>(
  Schema: new () => T,
  env: Record<string, string | undefined> = process.env,
  extraChecks: (config: T) => string[] = () => [],
): T {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(Schema, defined, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  const problems = [...problemsOf(errors), ...extraChecks(config)];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
