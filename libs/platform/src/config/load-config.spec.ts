import { ConfigError, loadConfig } from './load-config';
import { ServiceConfig, serviceConfigProblems } from './service-config';

const valid = {
  MUNICIPALITY_ID: 'de-goerlitz',
  COUNTRY_CODE: 'DE',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tandem_de_goerlitz_intake',
  KAFKA_BROKERS: '127.0.0.1:9092',
  AUTH_JWKS_FILE: '/etc/tandem/jwks.json',
};

const load = (env: Record<string, string | undefined>) => loadConfig(ServiceConfig, env, serviceConfigProblems);

describe('loadConfig', () => {
  it('reads settings from the environment and fills in defaults', () => {
    const config = load({ ...valid, PORT: '3100' });
    expect(config).toMatchObject({ ...valid, PORT: 3100, HOST: '127.0.0.1', KAFKA_TOPIC_PARTITIONS: 3, LOG_LEVEL: 'info' });
  });

  it('lists every problem at once, naming each setting', () => {
    expect(() => load({ COUNTRY_CODE: 'Germany', PORT: 'eighty' })).toThrow(ConfigError);
    try {
      load({ COUNTRY_CODE: 'Germany', PORT: 'eighty' });
    } catch (error) {
      const message = (error as ConfigError).message;
      for (const setting of ['MUNICIPALITY_ID', 'COUNTRY_CODE', 'PORT', 'DATABASE_URL', 'KAFKA_BROKERS']) {
        expect(message).toContain(setting);
      }
    }
  });

  it('treats an empty variable as unset', () => {
    expect(load({ ...valid, PORT: '' }).PORT).toBe(3000);
  });

  it('requires exactly one source of token signing keys', () => {
    expect(() => load({ ...valid, AUTH_JWKS_FILE: undefined })).toThrow(/exactly one of AUTH_JWKS_URL and AUTH_JWKS_FILE/);
    expect(() => load({ ...valid, AUTH_JWKS_URL: 'https://id.example/jwks' })).toThrow(/exactly one/);
  });
});
