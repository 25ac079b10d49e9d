import { ConfigError } from './config.js';

/**
 * D.DOPA, the department's digital identity, as an OpenID Connect issuer for filers (README, "Filers sign in with
 * D.DOPA"): all of DOPA_OIDC_ISSUER, DOPA_OIDC_CLIENT_ID, DOPA_OIDC_CLIENT_SECRET and DOPA_OIDC_REDIRECT_URI, or none
 * (the service starts; the filer routes answer FILER_SIGN_IN_NOT_CONFIGURED).
 */
export interface DopaConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The service's /filer/callback as the issuer knows it (the public address, behind any proxy). */
  redirectUri: URL;
  /** The ID token claim holding the 13-digit citizen id (DOPA_OIDC_CITIZEN_ID_CLAIM, `pid` unless told). */
  citizenIdClaim: string;
  /** Space-separated scopes asked for (DOPA_OIDC_SCOPE, `openid profile` unless told; openid always). */
  scope: string;
  /** Filer sessions last this long (FILER_SESSION_MINUTES, 60 unless told). */
  sessionMinutes: number;
}

const NAMES = ['DOPA_OIDC_ISSUER', 'DOPA_OIDC_CLIENT_ID', 'DOPA_OIDC_CLIENT_SECRET', 'DOPA_OIDC_REDIRECT_URI'] as const;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An https URL; plain http only to this machine (a test issuer), never in production. */
function url(env: NodeJS.ProcessEnv, name: string, production: boolean): URL {
  const raw = env[name]!.trim();
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `"${raw}" is not a URL`);
  }
  const local = parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname) && !production;
  if (parsed.protocol !== 'https:' && !local) throw new ConfigError(name, 'must be https (http only to localhost outside production)');
  return parsed;
}

export function loadDopaConfig(env: NodeJS.ProcessEnv, production: boolean): DopaConfig | undefined {
  const given = NAMES.filter((name) => env[name]?.trim());
  if (given.length === 0) return undefined;
  const missing = NAMES.filter((name) => !env[name]?.trim());
  if (missing.length > 0) throw new ConfigError(missing[0], `is required with ${given.join(', ')}`);
  const claim = env.DOPA_OIDC_CITIZEN_ID_CLAIM?.trim() || 'pid';
  if (!/^[A-Za-z0-9_.:-]{1,100}$/.test(claim)) throw new ConfigError('DOPA_OIDC_CITIZEN_ID_CLAIM', `"${claim}" is not a claim name`);
  const scopes = new Set(['openid', ...(env.DOPA_OIDC_SCOPE?.trim() || 'openid profile').split(/\s+/)]);
  const minutesText = env.FILER_SESSION_MINUTES?.trim() || '60';
  const minutes = Number(minutesText);
  if (!/^\d+$/.test(minutesText) || minutes < 5 || minutes > 24 * 60) throw new ConfigError('FILER_SESSION_MINUTES', `"${minutesText}" is not 5–1440`);
  return {
    issuer: url(env, 'DOPA_OIDC_ISSUER', production), clientId: env.DOPA_OIDC_CLIENT_ID!.trim(), clientSecret: env.DOPA_OIDC_CLIENT_SECRET!.trim(),
    redirectUri: url(env, 'DOPA_OIDC_REDIRECT_URI', production), citizenIdClaim: claim, scope: [...scopes].join(' '), sessionMinutes: minutes,
  };
}
