import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../../graphql/enum-type.js';
import { ComplaintCommandInput } from '../complaint-inputs.types.js';
import { HoldingOffice } from '../complaint.types.js';
import type { ComplaintDocumentType } from './complaint-documents.events.js';

/** The scanned documents of a complaint in the API: attaching one, reading it back with its OCR text, the OCR queue. */

export type OcrState = 'PENDING' | 'READ' | 'UNREAD';

export const OcrStateEnum = enumType<OcrState>('ComplaintDocumentOcrState', 'What OCR made of a scanned document', {
  PENDING: 'รออ่านข้อความ — in the OCR queue (or OCR is off)',
  READ: 'อ่านข้อความแล้ว — its text per page',
  UNREAD: 'อ่านข้อความไม่ได้ — why is in ocrReason',
});

export const DocumentTypeEnum = enumType<'PDF' | 'JPEG' | 'PNG' | 'TIFF'>('ComplaintDocumentType', 'The type of a scanned document, read from its bytes', {
  PDF: 'application/pdf', JPEG: 'image/jpeg', PNG: 'image/png', TIFF: 'image/tiff',
});

export const DOCUMENT_TYPE_NAMES: Record<ComplaintDocumentType, 'PDF' | 'JPEG' | 'PNG' | 'TIFF'> = {
  'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/tiff': 'TIFF',
};

@InputType({ description: 'แนบเอกสาร: a document your office uploaded (POST /complaint-documents) attached to a complaint it owns' })
export class AttachComplaintDocumentInput extends ComplaintCommandInput {
  @Field(() => ID, { description: 'The documentId the upload answered' }) documentId!: string;
  @Field(() => String, { nullable: true, description: 'The name the file had, shown to staff' }) fileName?: string | null;
}

@ObjectType('ComplaintDocumentPageText', { description: 'One page\'s text as OCR read it' })
export class ComplaintDocumentPageObject {
  @Field(() => Int) page!: number;
  @Field() text!: string;
  @Field(() => Float, { nullable: true, description: 'Mean word confidence, 0–100' }) confidence!: number | null;
}

@ObjectType('ComplaintDocument', { description: 'A scanned document of a complaint' })
export class ComplaintDocumentObject {
  @Field(() => ID, { description: 'SHA-256 of the bytes' }) documentId!: string;
  @Field(() => DocumentTypeEnum) type!: 'PDF' | 'JPEG' | 'PNG' | 'TIFF';
  @Field(() => Int, { description: 'Bytes' }) size!: number;
  @Field(() => Int) pages!: number;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field() attachedAt!: Date;
  @Field(() => HoldingOffice) attachedBy!: HoldingOffice;
  @Field(() => String, { nullable: true, description: 'GET it (signed in, your area): inline; add ?download=1 to save it. Null once erased' })
  url!: string | null;
  @Field({ description: 'Its bytes were erased under the PDPA with the complaint\'s keys (a request or the end of retention): they can no longer be opened' })
  erased!: boolean;
  @Field(() => OcrStateEnum) ocrState!: OcrState;
  @Field(() => String, { nullable: true, description: 'The engine that read it, e.g. tesseract 5.3.0 tha+eng' }) ocrEngine!: string | null;
  @Field(() => String, { nullable: true, description: 'Why there is no text (UNREAD)' }) ocrReason!: string | null;
  @Field(() => Date, { nullable: true, description: 'When OCR recorded its text or its reason' }) ocrAt!: Date | null;
  @Field(() => [ComplaintDocumentPageObject], { description: 'The text per page (READ), else empty' }) pageTexts!: ComplaintDocumentPageObject[];
}

@ObjectType('ComplaintOcrQueue', { description: 'The OCR queue of scanned documents, for operators' })
export class ComplaintOcrQueueObject {
  @Field(() => Int) waiting!: number;
  @Field(() => Int) working!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int, { description: 'Recorded unreadable after its attempts (or never attached)' }) failed!: number;
  @Field(() => Date, { nullable: true, description: 'When the oldest waiting document was queued' }) oldestWaitingSince!: Date | null;
  @Field({ description: 'Whether this replica reads documents' }) enabled!: boolean;
  @Field(() => String, { nullable: true, description: 'The engine, when on' }) engine!: string | null;
  @Field(() => String, { nullable: true, description: 'Why OCR is off (documents are kept and wait), or a part of it is' }) offReason!: string | null;
}
