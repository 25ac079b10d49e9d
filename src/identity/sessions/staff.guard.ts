import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { currentRequestScope } from '../../database/request-scope.js';
import { scopeSettingsOf } from '../scope/area-scope.js';
import { identityErrors } from '../identity-errors.js';
import { sessionTokenOf } from './session-cookie.js';
import {
  BEFORE_PASSWORD_CHANGE, IS_PUBLIC, REQUIRES, requestOf, signInOf, type StaffRule,
} from './staff-access.decorators.js';
import { StaffAuthenticator } from './staff-authenticator.js';

/**
 * The global guard (APP_GUARD): lets a request through when it carries `Authorization: Bearer <token>`, or the
 * admin UI's session cookie (session-cookie.ts), of a live session of an active account whose office and level are those it signed in with; `@Public()`
 * handlers let everyone through. Until the one-time password is replaced, only
 * `@AllowedBeforePasswordChange()` handlers answer; `@Requires(rule)` handlers only accounts the rule admits.
 * The account's area becomes the scope of the request's database transaction (row-level security).
 * Works on GraphQL resolvers and REST controllers alike.
 */
/** What a handler's decorators ask of the reader (metadata, fixed once the application is built). */
interface Access {
  isPublic: boolean;
  beforePasswordChange: boolean;
  rule?: StaffRule;
}

@Injectable()
export class StaffGuard implements CanActivate {
  /** Per handler and class (an inherited handler serves several): read once, not on every request. */
  private readonly access = new WeakMap<object, WeakMap<object, Access>>();

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(StaffAuthenticator) private readonly authenticator: StaffAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.accessOf(context.getHandler(), context.getClass());
    if (access.isPublic) return true;
    const request = requestOf(context);
    const carried = sessionTokenOf(request, context.getType<string>() === 'graphql');
    if (carried.refused) throw identityErrors.forbidden();
    const staff = await signInOf(request, () => this.authenticator.authenticate(carried.token));
    const scope = currentRequestScope();
    if (scope && scope.scope.accountId !== staff.accountId) scope.setScope(scopeSettingsOf(staff));
    if (staff.mustChangePassword && !access.beforePasswordChange) throw identityErrors.passwordChangeRequired();
    if (access.rule && !access.rule(staff)) throw identityErrors.forbidden();
    return true;
  }

  private accessOf(handler: object, owner: object): Access {
    let ofHandler = this.access.get(handler);
    if (!ofHandler) this.access.set(handler, ofHandler = new WeakMap());
    let access = ofHandler.get(owner);
    if (!access) {
      const targets = [handler as () => unknown, owner as () => unknown];
      access = {
        isPublic: Boolean(this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)),
        beforePasswordChange: Boolean(this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, targets)),
        rule: this.reflector.getAllAndOverride<StaffRule | undefined>(REQUIRES, targets),
      };
      ofHandler.set(owner, access);
    }
    return access;
  }
}
