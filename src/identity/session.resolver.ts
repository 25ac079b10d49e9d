import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { clientAddress, type RequestOrigin } from './client-address.js';
import { IDENTITY_SETTINGS, type IdentitySettings } from './identity-settings.js';
import { PasswordChange } from './password-change.js';
import { ChangePasswordInput, SignedInStaffObject, SignInInput, StaffSessionObject } from './session.types.js';
import { SignInService } from './sign-in.js';
import { AllowedBeforePasswordChange, CurrentStaff, Public } from './staff-access.decorators.js';
import { toAccountObject } from './staff-account.types.js';
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
  ) {}

  @Public()
  @Mutation(() => StaffSessionObject, { description: 'เข้าสู่ระบบ: the citizen id is the user name' })
  async signIn(@Args('input') { citizenId, password }: SignInInput, @Context('req') request: RequestOrigin): Promise<StaffSessionObject> {
    const session = await this.signIns.signIn(citizenId, password, clientAddress(request, this.settings.trustProxyHops));
    return { ...session, account: toAccountObject(session.account) };
  }

  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: 'Ends this session' })
  async signOut(@CurrentStaff() staff: SignedInStaff): Promise<boolean> {
    await this.authenticator.signOut(staff);
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
