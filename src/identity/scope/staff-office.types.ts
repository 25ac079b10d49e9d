import { Field, ObjectType } from '@nestjs/graphql';
import { StaffLevelEnum } from '../identity.enums.js';
import { mayManage, mayRegister, type StaffProfile } from './staff-authority.js';
import { officeKey, officeNameTh, type StaffLevel, type StaffOffice } from './staff-office.js';

@ObjectType('StaffOffice', { description: 'An office whose accounts are managed: its name, and what you may do with its accounts' })
export class StaffOfficeObject {
  @Field({ description: '7-digit local authority code, 6-digit subdistrict code (its tambon team), 4-digit district code, 2-digit province code, or CENTRAL' }) officeCode!: string;
  @Field({ description: 'DISTRICT:1001, PROVINCE:10, AUTHORITY:1234567 or CENTRAL' }) officeKey!: string;
  @Field({ description: 'อำเภอเมืองมุกดาหาร, จังหวัดมุกดาหาร, กรมการปกครอง (ส่วนกลาง)' }) nameTh!: string;
  @Field(() => [StaffLevelEnum], { description: 'The levels of account you may register at this office (createStaffAccount); empty when none' })
  registrableLevels!: StaffLevel[];
  @Field(() => [StaffLevelEnum], {
    description: 'The levels at which you may move an account of another office here (changeStaffAccountOffice); empty when none',
  })
  assignableLevels!: StaffLevel[];
}

/** The levels an account of this office has: a district's and a province's their own; the centre's central or auditor; a subdistrict's its tambon team; an authority's its revenue staff. */
function levelsAt(office: StaffOffice): StaffLevel[] {
  if (office.kind === 'CENTRAL') return ['CENTRAL', 'AUDITOR'];
  if (office.kind === 'AUTHORITY') return ['LOCAL'];
  return office.kind === 'SUBDISTRICT' ? ['TAMBON_TEAM'] : [office.kind];
}

/** `nameTh`: the office's name when the directory knows it better than its code (an authority's). */
export const toStaffOfficeObject = (actor: StaffProfile, office: StaffOffice, nameTh = officeNameTh(office)): StaffOfficeObject => ({
  officeCode: office.code,
  officeKey: officeKey(office),
  nameTh,
  registrableLevels: levelsAt(office).filter((level) => mayRegister(actor, level, office)),
  assignableLevels: levelsAt(office).filter((level) => mayManage(actor, level, office)),
});
