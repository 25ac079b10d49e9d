import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, pageArgs } from '../../graphql/connection.types.js';
import { mapPage } from '../../shared/page.js';
import { pageSize } from '../../shared/page-size.js';
import { AccountAdministration, type AccountChange, type IssuedAccount } from './account-administration.js';
import type { AccountActor } from './account.commands.js';
import type { RequestOrigin } from '../sign-in/client-address.js';
import { CurrentStaff, signedInOn } from '../sessions/staff-access.decorators.js';
import {
  ChangeStaffAccountOfficeInput, CreateStaffAccountInput, ReinstateStaffAccountInput, ResetStaffAccountPasswordInput,
  SuspendStaffAccountInput,
} from './staff-account-inputs.types.js';
import { IssuedStaffAccountObject, StaffAccountConnection, StaffAccountObject, toAccountObject } from './staff-account.types.js';
import { mayManageAccount } from '../scope/staff-authority.js';
import { commandContextFor, type SignedInStaff } from '../sessions/staff-context.js';
import { StaffDirectory } from './staff-directory.js';
import { identityErrors } from '../identity-errors.js';
import { OfficeDirectory } from '../scope/office-directory.js';
import { officeFromCode, officeKindOf } from '../scope/staff-office.js';
import { StaffOfficeObject, toStaffOfficeObject } from '../scope/staff-office.types.js';

const MAX_PAGE = 200;
const PAGE = pageArgs(50, MAX_PAGE);

const actor = (staff: SignedInStaff): AccountActor => ({ kind: 'STAFF', profile: staff });
const issued = ({ account, oneTimePassword }: IssuedAccount) => ({ account: toAccountObject(account), oneTimePassword });

/** Registering and managing accounts from the level above, and reading them within one's area. */
@Resolver(() => StaffAccountObject)
export class StaffAccountsResolver {
  constructor(
    @Inject(AccountAdministration) private readonly administration: AccountAdministration,
    @Inject(StaffDirectory) private readonly directory: StaffDirectory,
    @Inject(OfficeDirectory) private readonly offices: OfficeDirectory,
  ) {}

  @Mutation(() => IssuedStaffAccountObject, {
    description: 'Registers an account (the form of seed 004): a district by its province, a province or an auditor by the centre',
  })
  async createStaffAccount(@CurrentStaff() staff: SignedInStaff, @Args('input') input: CreateStaffAccountInput): Promise<IssuedStaffAccountObject> {
    const { commandId, ...form } = input;
    return issued(await this.administration.create(actor(staff), form, commandContextFor(staff, commandId, { type: 'CreateAccount', ...form })));
  }

  @Mutation(() => StaffAccountObject, { description: 'Suspends the account; its sessions end at their next request' })
  suspendStaffAccount(@CurrentStaff() staff: SignedInStaff, @Args('input') input: SuspendStaffAccountInput): Promise<StaffAccountObject> {
    return this.change(staff, input.accountId, { type: 'SuspendAccount', reason: input.reason }, input.commandId);
  }

  @Mutation(() => StaffAccountObject, { description: 'Lets a suspended account sign in again' })
  reinstateStaffAccount(@CurrentStaff() staff: SignedInStaff, @Args('input') input: ReinstateStaffAccountInput): Promise<StaffAccountObject> {
    return this.change(staff, input.accountId, { type: 'ReinstateAccount' }, input.commandId);
  }

  @Mutation(() => StaffAccountObject, { description: 'ย้าย: a new office or level; the account signs in again' })
  changeStaffAccountOffice(
    @CurrentStaff() staff: SignedInStaff, @Args('input') input: ChangeStaffAccountOfficeInput,
  ): Promise<StaffAccountObject> {
    const { accountId, commandId, level, officeCode, administrator } = input;
    return this.change(staff, accountId, { type: 'ChangeAccountOffice', level, officeCode, administrator }, commandId);
  }

  @Mutation(() => IssuedStaffAccountObject, { description: 'A new one-time password, shown once; every session of the account ends' })
  async resetStaffAccountPassword(
    @CurrentStaff() staff: SignedInStaff, @Args('input') input: ResetStaffAccountPasswordInput,
  ): Promise<IssuedStaffAccountObject> {
    return issued(await this.administration.resetPassword(input.accountId.trim(), actor(staff), commandContextFor(staff)));
  }

  @Query(() => StaffAccountObject, { nullable: true, description: 'An account within your area' })
  async staffAccount(
    @CurrentStaff() staff: SignedInStaff, @Args('id', { type: () => ID, description: 'The account id' }) id: string,
  ): Promise<StaffAccountObject> {
    return toAccountObject(await this.directory.account(staff, id));
  }

  @Query(() => StaffAccountConnection, {
    nullable: true,
    description: 'The accounts of an office within your area (4-digit district, 2-digit province, CENTRAL), by name',
  })
  async staffAccounts(
    @CurrentStaff() staff: SignedInStaff,
    @Args('officeCode') officeCode: string,
    @Args('first', PAGE.first) first = 50,
    @Args('after', PAGE.after) after?: string | null,
  ): Promise<Connection<StaffAccountObject>> {
    const page = await this.directory.accountsOf(staff, officeCode, pageSize(first, MAX_PAGE), after);
    return { ...mapPage(page, toAccountObject), totalCount: page.totalCount };
  }

  @Query(() => StaffOfficeObject, {
    nullable: true,
    description: 'An office (7-digit local authority, 6-digit subdistrict, 4-digit district, 2-digit province, CENTRAL): '
      + 'its Thai name and the levels of account you may register or move there',
  })
  async staffOffice(
    @CurrentStaff() staff: SignedInStaff, @Args('officeCode', { description: 'Thai digits accepted' }) officeCode: string,
  ): Promise<StaffOfficeObject> {
    const office = officeFromCode(officeCode);
    if (office.kind === 'AUTHORITY' && !(await this.offices.holdsAuthority('LOCAL', office.code))) {
      throw identityErrors.authorityUnknown(office.code);
    }
    return toStaffOfficeObject(staff, office, await this.offices.nameTh(office));
  }

  @ResolveField(() => String, { description: "The office's Thai name: อำเภอเมืองมุกดาหาร, จังหวัดมุกดาหาร, a local authority's registered name" })
  officeNameTh(@Parent() account: StaffAccountObject): Promise<string> {
    return this.offices.nameTh({ kind: officeKindOf(account.level), code: account.officeCode });
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may suspend, reinstate or move this account and reset its password (never your own, never an erased one)',
  })
  mayManage(@Parent() account: StaffAccountObject, @Context('req') request: RequestOrigin): boolean {
    const staff = signedInOn(request);
    const office = { kind: officeKindOf(account.level), code: account.officeCode };
    return staff !== undefined && !account.erased && mayManageAccount(staff, { accountId: account.id, level: account.level, office });
  }

  private async change(staff: SignedInStaff, id: string, change: AccountChange, commandId?: string | null): Promise<StaffAccountObject> {
    return toAccountObject(await this.administration.change(id.trim(), change, actor(staff), commandContextFor(staff, commandId, change)));
  }
}
