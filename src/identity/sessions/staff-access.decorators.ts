import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { identityErrors } from '../identity-errors.js';
import type { RequestOrigin } from '../sign-in/client-address.js';
import type { SignedInStaff } from './staff-context.js';

export const IS_PUBLIC = 'damrong:identity:public';
export const BEFORE_PASSWORD_CHANGE = 'damrong:identity:before-password-change';
export const REQUIRES = 'damrong:identity:requires';

/** What an account must be for a handler: StaffGuard answers FORBIDDEN to any other. */
export type StaffRule = (staff: SignedInStaff) => boolean;

/** Open to anyone, signed in or not (signIn, complaintStatus, reference data) once StaffGuard is global. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Open to an account that has not yet replaced its one-time password (changePassword, signOut, me). */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

/**
 * Only accounts the rule lets through (mayWorkCases for case mutations, overseesAll for the log's history,
 * isCentralAdministrator for the holidays); everyone else gets FORBIDDEN before the handler runs.
 */
export const Requires = (rule: StaffRule) => SetMetadata(REQUIRES, rule);

/** The HTTP request behind a GraphQL operation or a REST call. */
export function requestOf(context: ExecutionContext): RequestOrigin {
  return context.getType<GqlContextType>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext().req
    : context.switchToHttp().getRequest();
}

/** One check per HTTP request, however many guarded fields the operation asks for. */
const checks = new WeakMap<object, Promise<SignedInStaff>>();
const checked = new WeakMap<object, SignedInStaff>();

export async function signInOf(request: RequestOrigin, authenticate: () => Promise<SignedInStaff>): Promise<SignedInStaff> {
  let check = checks.get(request);
  if (!check) {
    check = authenticate();
    checks.set(request, check);
  }
  const staff = await check;
  checked.set(request, staff);
  return staff;
}

/** The signed-in account, as StaffGuard checked it on this request. */
export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext): SignedInStaff => {
  const staff = checked.get(requestOf(context));
  if (!staff) throw identityErrors.unauthenticated();
  return staff;
});
