import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccountAdministration, type AccountChange, type IssuedAccount } from './account-administration.js';
import type { AccountActor } from './account.commands.js';
import { CurrentStaff } from './staff-access.decorators.js';
import {
  IssuedStaffAccountObject, StaffAccountInput, StaffAccountObject, StaffLevelEnum, toAccountObject,
} from './staff-account.types.js';
import { commandContextFor, type SignedInStaff } from './staff-context.js';
import { StaffDirectory } from './staff-directory.js';
import type { StaffLevel } from './staff-office.js';

const ID_ARG = { type: () => ID, description: 'The account id' };
const COMMAND_ID = {
  type: () => String, nullable: true,
  description: 'Your id for this request: sending it again with the same id (after a lost answer) records nothing new',
};

const actor = (staff: SignedInStaff): AccountActor => ({ kind: 'STAFF', profile: staff });
const issued = ({ account, oneTimePassword }: IssuedAccount) => ({ account: toAccountObject(account), oneTimePassword });

/** Registering and managing accounts from the level above, and reading them within one's area. */
@Resolver(() => StaffAccountObject)
export class StaffAccountsResolver {
  constructor(
    @Inject(AccountAdministration) private readonly administration: AccountAdministration,
    @Inject(StaffDirectory) private readonly directory: StaffDirectory,
  ) {}

  @Mutation(() => IssuedStaffAccountObject, {
    description: 'Registers an account (the form of seed 004): a district by its province, a province or an auditor by the centre',
  })
  async createStaffAccount(
    @CurrentStaff() staff: SignedInStaff,
    @Args('input') input: StaffAccountInput,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<IssuedStaffAccountObject> {
    return issued(await this.administration.create(actor(staff), input, commandContextFor(staff, commandId, { type: 'CreateAccount', ...input })));
  }

  @Mutation(() => StaffAccountObject, { description: 'Suspends the account; its sessions end at their next request' })
  suspendStaffAccount(@CurrentStaff() staff: SignedInStaff, @Args('id', ID_ARG) id: string, @Args('reason') reason: string,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<StaffAccountObject> {
    return this.change(staff, id, { type: 'SuspendAccount', reason }, commandId);
  }

  @Mutation(() => StaffAccountObject, { description: 'Lets a suspended account sign in again' })
  reinstateStaffAccount(@CurrentStaff() staff: SignedInStaff, @Args('id', ID_ARG) id: string,
    @Args('commandId', COMMAND_ID) commandId?: string | null): Promise<StaffAccountObject> {
    return this.change(staff, id, { type: 'ReinstateAccount' }, commandId);
  }

  @Mutation(() => StaffAccountObject, { description: 'ย้าย: a new office or level; the account signs in again' })
  changeStaffAccountOffice(
    @CurrentStaff() staff: SignedInStaff,
    @Args('id', ID_ARG) id: string,
    @Args('level', { type: () => StaffLevelEnum }) level: StaffLevel,
    @Args('officeCode', { type: () => String, nullable: true }) officeCode?: string | null,
    @Args('administrator', { type: () => Boolean, nullable: true }) administrator?: boolean | null,
    @Args('commandId', COMMAND_ID) commandId?: string | null,
  ): Promise<StaffAccountObject> {
    return this.change(staff, id, { type: 'ChangeAccountOffice', level, officeCode, administrator }, commandId);
  }

  @Mutation(() => IssuedStaffAccountObject, { description: 'A new one-time password, shown once; every session of the account ends' })
  async resetStaffAccountPassword(@CurrentStaff() staff: SignedInStaff, @Args('id', ID_ARG) id: string): Promise<IssuedStaffAccountObject> {
    return issued(await this.administration.resetPassword(id.trim(), actor(staff), commandContextFor(staff)));
  }

  @Query(() => StaffAccountObject, { description: 'An account within your area' })
  async staffAccount(@CurrentStaff() staff: SignedInStaff, @Args('id', ID_ARG) id: string): Promise<StaffAccountObject> {
    return toAccountObject(await this.directory.account(staff, id));
  }

  @Query(() => [StaffAccountObject], { description: 'The accounts of an office within your area (4-digit district, 2-digit province, CENTRAL)' })
  async staffAccounts(@CurrentStaff() staff: SignedInStaff, @Args('officeCode') officeCode: string): Promise<StaffAccountObject[]> {
    return (await this.directory.accountsOf(staff, officeCode)).map(toAccountObject);
  }

  private async change(staff: SignedInStaff, id: string, change: AccountChange, commandId?: string | null): Promise<StaffAccountObject> {
    return toAccountObject(await this.administration.change(id.trim(), change, actor(staff), commandContextFor(staff, commandId, change)));
  }
}
