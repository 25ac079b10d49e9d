import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../database/database.module.js';
import { clientAddress, type RequestOrigin } from '../sign-in/client-address.js';
import { IDENTITY_SETTINGS, type IdentitySettings } from '../identity-settings.js';
import { PasswordChange } from '../sign-in/password-change.js';
import { clearSessionCookie, setSessionCookie, type CookieJar } from './session-cookie.js';
import { ChangePasswordInput, SignedInStaffObject, SignInInput, StaffSessionObject } from './session.types.js';
import { SignInService } from '../sign-in/sign-in.js';
import { AllowedBeforePasswordChange, CurrentStaff, Public } from './staff-access.decorators.js';
import { toAccountObject } from '../accounts/staff-account.types.js';
import { StaffAuthenticator } from './staff-authenticator.js';
import type { SignedInStaff } from './staff-context.js';

/** Signing in and out, the first password change, and who the signed-in account is. */
@Resolver()
export class SessionResolver {
  constructor(
    @Inject(SignInService) private readonly signIns: SignInService,
    @Inject(PasswordChange) private readonly passwords: PasswordChange,
    @Inject(StaffAuthenticator) private readonly authenticator: StaffAuthenticator,
    @Inject(IDENTITY_SETTINGS) private readonly settings: IdentitySettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => StaffSessionObject, {
    description: 'เข้าสู่ระบบ: the citizen id is the user name. The token is answered, and set as the HttpOnly session cookie the admin UI uses',
  })
  async signIn(
    @Args('input') { citizenId, password }: SignInInput, @Context('req') request: RequestOrigin, @Context('res') response?: CookieJar,
  ): Promise<StaffSessionObject> {
    const session = await this.signIns.signIn(citizenId, password, clientAddress(request, this.settings.trustProxyHops));
    setSessionCookie(response, session.token, session.expiresAt, this.config.production);
    return { ...session, account: toAccountObject(session.account) };
  }

  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: 'Ends this session (and clears the session cookie)' })
  async signOut(@CurrentStaff() staff: SignedInStaff, @Context('res') response?: CookieJar): Promise<boolean> {
    await this.authenticator.signOut(staff);
    clearSessionCookie(response, this.config.production);
    return true;
  }

  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: 'Sets a password of your own (12 characters or more); ends your other sessions' })
  async changePassword(
    @CurrentStaff() staff: SignedInStaff,
    @Args('input') { currentPassword, newPassword }: ChangePasswordInput,
    @Context('req') request: RequestOrigin,
  ): Promise<boolean> {
    await this.passwords.change(staff, currentPassword, newPassword, clientAddress(request, this.settings.trustProxyHops));
    return true;
  }

  @AllowedBeforePasswordChange()
  @Query(() => SignedInStaffObject, { nullable: true, description: 'The signed-in account as it stands now' })
  me(@CurrentStaff() staff: SignedInStaff): SignedInStaffObject {
    return { account: toAccountObject(staff.account), mustChangePassword: staff.mustChangePassword, sessionExpiresAt: staff.sessionExpiresAt };
  }
}
