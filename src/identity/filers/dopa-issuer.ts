import * as oidc from 'openid-client';
import type { DopaConfig } from '../../config/dopa-config.js';
import { filerErrors } from './filer-errors.js';

/** What a sign-in begun at D.DOPA must keep until its callback: the checks the answer is held to. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * D.DOPA as an OpenID Connect issuer, through openid-client: discovery (cached; a failure is tried again on the next
 * sign-in), the authorization code flow with PKCE (S256), state and nonce, and the code exchanged for tokens whose ID
 * token openid-client verifies (signature by the issuer's keys, issuer, audience, expiry, nonce).
 */
export class DopaIssuer {
  private configuration?: Promise<oidc.Configuration>;

  constructor(private readonly config: DopaConfig) {}

  /** The issuer's authorization URL to send the filer to, and what the callback must check. */
  async begin(): Promise<{ url: URL; pending: PendingSignIn }> {
    const configuration = await this.discovered();
    const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUri.href, scope: this.config.scope, state: pending.state, nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier), code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /** The verified ID token claims for the callback's query, held to what the sign-in began with; FILER_SIGN_IN_REFUSED otherwise. */
  async finish(query: URLSearchParams, pending: PendingSignIn): Promise<Record<string, unknown>> {
    const configuration = await this.discovered();
    const callback = new URL(this.config.redirectUri);
    callback.search = query.toString();
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      throw filerErrors.signInRefused(error instanceof Error ? error.message : String(error));
    }
    if (!claims) throw filerErrors.signInRefused('no ID token');
    return claims;
  }

  private discovered(): Promise<oidc.Configuration> {
    // Plain http is accepted by the configuration for a loopback issuer outside production only (dopa-config.ts).
    const insecure = this.config.issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
    this.configuration ??= oidc.discovery(this.config.issuer, this.config.clientId, this.config.clientSecret, undefined, insecure)
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw Object.assign(filerErrors.issuerUnreachable(), { cause: error });
      });
    return this.configuration;
  }
}
