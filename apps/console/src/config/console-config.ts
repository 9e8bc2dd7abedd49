/** What a node's gateway tells its console at `/config.json`: one build of the console serves every node. */
export interface ConsoleConfig {
  municipality: string;
  displayName: string;
  oidc: {
    /** The node's OIDC issuer: its Keycloak realm in production, the dev provider locally. */
    authority: string;
    clientId: string;
    scope: string;
  };
  /** The services the gateway routes at `/api/<service>/`. */
  services: string[];
  /** The other municipalities of the federation, to refer to. */
  partners: Partner[];
}

export interface Partner {
  id: string;
  displayName: string;
  country: string;
}

export const CONFIG_PATH = '/config.json';
