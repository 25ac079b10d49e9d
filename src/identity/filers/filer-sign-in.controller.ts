import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG, CLOCK } from '../../database/database.module.js';
import type { Clock } from '../../shared/clock.js';
import { DomainError } from '../../shared/domain-error.js';
import type { CookieJar } from '../sessions/session-cookie.js';
import { Public } from '../sessions/staff-access.decorators.js';
import { DopaIssuer } from './dopa-issuer.js';
import {
  clearFilerCookie, clearStateCookie, cookieOf, FILER_SESSION_COOKIE, FILER_STATE_COOKIE, setFilerCookie, setStateCookie,
} from './filer-cookies.js';
import { filerErrors } from './filer-errors.js';
import { filerOfClaims } from './filer-identity.js';
import { FilerSessions } from './filer-sessions.store.js';

/** How long a sign-in begun at D.DOPA may take to come back. */
const SIGN_IN_MINUTES = 10;

interface Request { url: string; headers: Record<string, string | string[] | undefined> }
interface Response extends CookieJar { redirect(status: number, url: string): void; end(): void }

/**
 * เข้าสู่ระบบด้วย D.DOPA: GET /filer/sign-in sends the filer to the issuer; GET /filer/callback takes the code back,
 * opens a filer session (its cookie) and sends them to the filer page (/filer); POST /filer/sign-out ends it.
 * Not configured: FILER_SIGN_IN_NOT_CONFIGURED (a typed error body, 400). Staff sessions play no part (Public to StaffGuard).
 */
@Controller('filer')
export class FilerSignInController {
  constructor(
    @Inject(DopaIssuer) private readonly issuer: DopaIssuer | null,
    @Inject(FilerSessions) private readonly sessions: FilerSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @Get('sign-in')
  async signIn(@Res() response: Response): Promise<void> {
    const { url, pending } = await this.configured().begin();
    const expires = new Date(this.clock.now().getTime() + SIGN_IN_MINUTES * 60_000);
    await this.sessions.savePending(pending, expires);
    setStateCookie(response, pending.state, expires, this.config.production);
    response.redirect(302, url.href);
  }

  /** A refused callback sends the filer back to /filer with the refusal's code (`?error=FILER_SIGN_IN_REFUSED`), which the page explains. */
  @Public()
  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      await this.completeSignIn(request, response);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response.redirect(302, `/filer?error=${encodeURIComponent(error.code)}`);
    }
  }

  private async completeSignIn(request: Request, response: Response): Promise<void> {
    const issuer = this.configured();
    const query = new URLSearchParams(request.url.split('?')[1] ?? '');
    const state = query.get('state') ?? '';
    const now = this.clock.now();
    // The state must be the one this browser began with (its cookie), and is taken once.
    const pending = state && state === cookieOf(request.headers.cookie, FILER_STATE_COOKIE) ? await this.sessions.takePending(state, now) : undefined;
    if (!pending) throw filerErrors.signInExpired();
    clearStateCookie(response, this.config.production);
    const filer = filerOfClaims(await issuer.finish(query, pending), this.config.dopa!.citizenIdClaim);
    const expires = new Date(now.getTime() + this.config.dopa!.sessionMinutes * 60_000);
    const token = await this.sessions.open(filer, now, expires);
    setFilerCookie(response, token, expires, this.config.production);
    response.redirect(302, '/filer');
  }

  @Public()
  @Post('sign-out')
  @HttpCode(204)
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    const token = cookieOf(request.headers.cookie, FILER_SESSION_COOKIE);
    if (token) await this.sessions.end(token, this.clock.now());
    clearFilerCookie(response, this.config.production);
    response.end();
  }

  private configured(): DopaIssuer {
    if (!this.issuer) throw filerErrors.notConfigured();
    return this.issuer;
  }
}
