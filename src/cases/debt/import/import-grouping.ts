import { DomainError } from '../../../shared/domain-error.js';
import type { ImportRow } from './import-columns.js';
import { RowRefusal } from './import-refusals.js';
import { parseRegistrationId } from './import-values.js';

/** The rows of one registration, under its id as the case and command ids are made from it. */
export interface RegistrationRows {
  id: string;
  rows: ImportRow[];
}

/**
 * Gathers the file's rows into registrations: the rows of one come one after another with its id. A row
 * without a valid id, or of a registration whose rows came before others, is refused on its own.
 */
export class RegistrationGrouping {
  private readonly firstRowOf = new Map<string, number>();
  private open: RegistrationRows | undefined;

  constructor(private readonly refuse: (refusal: RowRefusal, registrationId: string | null, rows: readonly ImportRow[]) => void) {}

  /** Takes the next row; returns the registration it ends, when it starts another. */
  add(row: ImportRow): RegistrationRows | undefined {
    let id: string;
    try {
      id = parseRegistrationId(row.values.registrationId);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.refuse(RowRefusal.at(row.rowNumber, 'registrationId', error), null, [row]);
      return undefined;
    }
    if (this.open?.id === id) {
      this.open.rows.push(row);
      return undefined;
    }
    const ended = this.end();
    const firstRow = this.firstRowOf.get(id);
    if (firstRow !== undefined) {
      this.refuse(RowRefusal.at(row.rowNumber, 'registrationId', splitRegistration(id, firstRow)), id, [row]);
    } else {
      this.firstRowOf.set(id, row.rowNumber);
      this.open = { id, rows: [row] };
    }
    return ended;
  }

  /** The registration being read, now ended (at the end of the file, or when another starts). */
  end(): RegistrationRows | undefined {
    const ended = this.open;
    this.open = undefined;
    return ended;
  }
}

const splitRegistration = (id: string, firstRow: number) => new DomainError('IMPORT_REGISTRATION_SPLIT',
  `แถวของการลงทะเบียน ${id} ต้องอยู่ติดกัน (เริ่มที่แถว ${firstRow})`,
  `The rows of registration ${id} must come together (it starts at row ${firstRow})`, 'registrationId');
