import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput } from '../../graphql/command-input.js';
import { enumType } from '../../graphql/enum-type.js';
import { LocalDate } from '../../graphql/local-date.scalar.js';
import type { ErasureBasis, ErasureRequester, SubjectCaseType } from './erasure-request.events.js';

export const ErasureRequesterEnum = enumType<ErasureRequester>('ErasureRequester', 'Who asked for the erasure', {
  DATA_SUBJECT: 'เจ้าของข้อมูล — the data subject themselves',
  REPRESENTATIVE: 'ผู้แทนโดยชอบธรรมหรือผู้รับมอบอำนาจ — their lawful representative or attorney',
});

export const ErasureBasisEnum = enumType<ErasureBasis>('ErasureBasis', 'The ground of PDPA section 33, paragraph 1, the request relies on', {
  NO_LONGER_NECESSARY: 'มาตรา 33 (1) ข้อมูลหมดความจำเป็นตามวัตถุประสงค์ — no longer necessary for its purpose',
  CONSENT_WITHDRAWN: 'มาตรา 33 (2) ถอนความยินยอม — consent withdrawn, and no other lawful ground',
  OBJECTION: 'มาตรา 33 (3) คัดค้านตามมาตรา 32 — an objection under section 32',
  UNLAWFUL_PROCESSING: 'มาตรา 33 (4) เก็บ ใช้ หรือเปิดเผยโดยไม่ชอบด้วยกฎหมาย — processed unlawfully',
});

export type ErasureDecision = 'ACCEPTED' | 'REFUSED';
export const ErasureDecisionEnum = enumType<ErasureDecision>('ErasureDecision', 'The decision on an erasure request', {
  ACCEPTED: 'อนุมัติ — accepted: the subject\'s keys are destroyed',
  REFUSED: 'ปฏิเสธ — refused: a case is open or under a legal hold, or a staff account of theirs is kept',
});

export const SubjectCaseTypeEnum = enumType<SubjectCaseType>('SubjectCaseType', 'The kind of case that names a data subject', {
  DEBT: 'เรื่องหนี้นอกระบบ — an informal-debt case (debt-<caseId>), its debtor',
  COMPLAINT: 'เรื่องร้องเรียน — a complaint (complaint-<complaintId>), its complainant',
  LEAFLET_PERMIT: 'คำขออนุญาตโฆษณาด้วยแผ่นประกาศ — a leaflet permit (leaflet-<permitId>), its applicant',
  BUSINESS: 'สถานประกอบการ — a business registered with a PAO (business-<businessNo>), its owner or a filer authorised for it',
  STAFF_ACCOUNT: 'บัญชีผู้มีสิทธิใช้งาน — a staff account they hold or held (caseId: the account id)',
});

@ObjectType('ErasureCase', { description: 'A case of the data subject, or a staff account of theirs, that refused the erasure' })
export class ErasureCaseObject {
  @Field(() => SubjectCaseTypeEnum) caseType!: SubjectCaseType;
  @Field(() => ID) caseId!: string;
}

@ObjectType('ErasureRefusal', { description: 'Why an erasure request was refused: a stable code, Thai and English text, the cases' })
export class ErasureRefusalObject {
  @Field({ description: 'ERASURE_SUBJECT_HAS_OPEN_CASES, ERASURE_SUBJECT_UNDER_LEGAL_HOLD or ERASURE_SUBJECT_STAFF_ACCOUNT_KEPT' }) code!: string;
  @Field() messageTh!: string;
  @Field() messageEn!: string;
  @Field(() => [ErasureCaseObject]) cases!: ErasureCaseObject[];
}

@ObjectType('ErasureRequest', { description: 'คำขอลบข้อมูลส่วนบุคคล (PDPA section 33): the request as recorded, its decision and the erasure' })
export class ErasureRequestObject {
  @Field(() => ID) requestId!: string;
  @Field() recordedAt!: Date;
  @Field({ description: 'Asia/Bangkok, Buddhist Era' }) recordedAtTh!: string;
  @Field({ description: 'The citizen id masked: xxxxxxxxx1234 (never stored in plain)' }) subjectMasked!: string;
  @Field(() => ErasureRequesterEnum) requester!: ErasureRequester;
  @Field(() => ErasureBasisEnum) basis!: ErasureBasis;
  @Field() letterReference!: string;
  @Field(() => LocalDate) receivedOn!: string;
  @Field({ description: 'The day received in Thai, Buddhist Era' }) receivedOnTh!: string;
  @Field(() => Int, { description: 'Cases naming the subject (debtor, complainant) and staff accounts they held, when decided' }) caseCount!: number;
  @Field(() => ErasureDecisionEnum) decision!: ErasureDecision;
  @Field(() => [ErasureRefusalObject], { description: 'Why it was refused; empty when accepted' }) refusals!: ErasureRefusalObject[];
  @Field(() => Date, { nullable: true, description: 'When the keys were destroyed' }) erasedAt!: Date | null;
  @Field(() => String, { nullable: true }) erasedAtTh!: string | null;
  @Field(() => Int, { nullable: true }) keysDestroyed!: number | null;
  @Field(() => Int, { nullable: true, description: 'Streams whose personal fields became unreadable' }) streamCount!: number | null;
  /** `account:<id>` and its office: recordedBy names them. */
  recordedActor!: { actor: string; office: string | null };
}

@InputType({ description: 'Records a data subject\'s erasure request (central administrators); decided at once' })
export class RecordErasureRequestInput extends CommandInput {
  @Field({ description: 'The data subject\'s citizen id: 13 digits, Thai digits, dashes and spaces accepted' }) citizenId!: string;
  @Field(() => ErasureRequesterEnum) requester!: ErasureRequester;
  @Field(() => ErasureBasisEnum) basis!: ErasureBasis;
  @Field({ description: 'The request letter\'s reference, at most 200 characters' }) letterReference!: string;
  @Field({ description: 'The day it was received: D/M/YYYY (B.E. or C.E.) or YYYY-MM-DD; not after today' }) receivedOn!: string;
}

@InputType({ description: 'Completes the erasure of an accepted request whose outcome is not recorded (central administrators)' })
export class RetryErasureInput extends CommandInput {
  @Field(() => ID, { description: 'The request waiting for its erasure (รอบันทึกผลการลบ)' }) requestId!: string;
}
