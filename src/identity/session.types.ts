import { Field, ObjectType } from '@nestjs/graphql';
import { StaffAccountObject } from './staff-account.types.js';

@ObjectType('StaffSession', { description: 'A new session: send the token as `Authorization: Bearer <token>`' })
export class StaffSessionObject {
  @Field({ description: '256 random bits, base64url; the service keeps only its SHA-256' }) token!: string;
  @Field() expiresAt!: Date;
  @Field({ description: 'True until the one-time password is replaced: only changePassword, signOut and me answer' })
  mustChangePassword!: boolean;
  @Field(() => StaffAccountObject) account!: StaffAccountObject;
}

@ObjectType('SignedInStaff', { description: 'The signed-in account as it stands on this request' })
export class SignedInStaffObject {
  @Field(() => StaffAccountObject) account!: StaffAccountObject;
  @Field() mustChangePassword!: boolean;
  @Field() sessionExpiresAt!: Date;
}
