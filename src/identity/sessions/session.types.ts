import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { StaffAccountObject } from '../accounts/staff-account.types.js';

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

@InputType({ description: 'เข้าสู่ระบบ: the citizen id is the user name' })
export class SignInInput {
  @Field({ description: '13 digits, Thai or Arabic digits, dashes and spaces accepted' }) citizenId!: string;
  @Field() password!: string;
}

@InputType({ description: 'A password of your own in place of the current one' })
export class ChangePasswordInput {
  @Field() currentPassword!: string;
  @Field({ description: '12 to 128 characters of any script, at least 5 different ones; not the old one, not containing the citizen id' })
  newPassword!: string;
}
