import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** A person the test issuer knows: the claims its ID tokens carry. */
export interface IssuerAccount {
  sub: string;
  /** The citizen id claim, as D.DOPA's `pid`. */
  pid: string;
  name: string;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a free loopback port, standing in for D.DOPA. Its one interaction,
 * the login, is finished by the test itself for whoever `signsIn` names (a programmatic login, no form); the grant
 * of `openid profile` is given without asking (loadExistingGrant), as for a first-party client.
 */
export class TestIssuer {
  /** Who logs in at the next interaction. */
  signsIn?: IssuerAccount;
  private provider?: Provider;

  private constructor(private readonly server: http.Server, readonly issuer: string) {}

  /** Listening, its address known (the service's configuration needs it), answering nothing until `serve`. */
  static async listen(): Promise<TestIssuer> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new TestIssuer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }

  static async start(client: { clientId: string; clientSecret: string; redirectUri: string }, accounts: IssuerAccount[]): Promise<TestIssuer> {
    const issuer = await TestIssuer.listen();
    issuer.serve(client, accounts);
    return issuer;
  }

  /** Serves OpenID Connect for one client (its redirect URI now known) and these accounts. */
  serve(client: { clientId: string; clientSecret: string; redirectUri: string }, accounts: IssuerAccount[]): void {
    const issuer = this;
    const server = this.server;
    const configuration: Configuration = {
      clients: [{
        client_id: client.clientId, client_secret: client.clientSecret, redirect_uris: [client.redirectUri],
        response_types: ['code'], grant_types: ['authorization_code'],
      }],
      claims: { openid: ['sub', 'pid'], profile: ['name'] },
      // D.DOPA's ID token carries the person's claims (no userinfo call is made for them).
      conformIdTokenClaims: false,
      cookies: { keys: ['damrong-test-issuer-cookie-key'] },
      // A signing key of its own, made for this run (the provider's quick-start keys are for its demos).
      jwks: { keys: [generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as never] },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx, id) => {
        const account = accounts.find((a) => a.sub === id);
        return account && { accountId: id, claims: () => ({ ...account }) };
      },
      loadExistingGrant: async (ctx) => {
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
        grant.addOIDCScope('openid profile');
        await grant.save();
        return grant;
      },
    };
    const provider = new Provider(issuer.issuer, configuration);
    issuer.provider = provider;
    const callback = provider.callback();
    server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
      if (!request.url?.startsWith('/interaction/')) return void callback(request, response);
      void issuer.login(request, response).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
  }

  private async login(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const provider = this.provider!;
    const details = await provider.interactionDetails(request, response);
    if (details.prompt.name !== 'login' || !this.signsIn) throw new Error(`unexpected interaction ${details.prompt.name}`);
    await provider.interactionFinished(request, response, { login: { accountId: this.signsIn.sub } }, { mergeWithLastSubmission: false });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The cookies a browser would keep for this test's loopback hosts (by name: the test's services use distinct ones). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim()];
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) <= Date.now()) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  value(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** GET without following redirects, cookies sent and kept; the answer and its Location. */
  async visit(url: string): Promise<{ response: Response; location: string | null }> {
    const response = await fetch(url, { redirect: 'manual', headers: { cookie: this.header() } });
    this.keep(response);
    const location = response.headers.get('location');
    return { response, location: location && new URL(location, url).href };
  }
}
