import { CONFIG_PATH, type ConsoleConfig } from './console-config';

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch(CONFIG_PATH, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${CONFIG_PATH} answered ${response.status}`);
  return (await response.json()) as ConsoleConfig;
}
