import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { identityErrors } from './identity-errors.js';
import { bearerToken } from './session-tokens.js';
import { BEFORE_PASSWORD_CHANGE, IS_PUBLIC, requestOf, signInOf } from './staff-access.decorators.js';
import { StaffAuthenticator } from './staff-authenticator.js';

/**
 * Lets a request through when it carries `Authorization: Bearer <token>` of a live session of an active
 * account whose office and level are those it signed in with; `@Public()` handlers let everyone through.
 * Until the one-time password is replaced, only `@AllowedBeforePasswordChange()` handlers answer.
 * Works on GraphQL resolvers and REST controllers alike, so it can become the global guard (APP_GUARD).
 */
@Injectable()
export class StaffGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(StaffAuthenticator) private readonly authenticator: StaffAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = requestOf(context);
    const staff = await signInOf(request, () => this.authenticator.authenticate(bearerToken(request.headers.authorization)));
    if (staff.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, targets)) {
      throw identityErrors.passwordChangeRequired();
    }
    return true;
  }
}
