import { createContext, type ReactNode, useContext } from 'react';
import type { ConsoleConfig, Partner } from './console-config';

const ConfigContext = createContext<ConsoleConfig | undefined>(undefined);

export function ConfigProvider({ config, children }: { config: ConsoleConfig; children: ReactNode }) {
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}

export function useConfig(): ConsoleConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig outside ConfigProvider');
  return config;
}

/** A municipality's display name where the federation file knows it, else its id. */
export function useMunicipalityName(): (id: string) => string {
  const config = useConfig();
  const names = new Map<string, string>([[config.municipality, config.displayName], ...config.partners.map((partner: Partner) => [partner.id, partner.displayName] as const)]);
  return (id) => names.get(id) ?? id;
}
