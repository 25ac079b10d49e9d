import { DEBT_PERSONAL_FIELDS } from '../../cases/debt/debt-personal-fields.js';
import type { PersonalFieldCatalogue } from './personal-fields.js';

/**
 * The event types whose personal fields are sealed, each case type's own list. Debt cases first (issue 17); the
 * others' events are stored as they are until their lists are added here.
 */
export const PERSONAL_FIELD_CATALOGUE: PersonalFieldCatalogue = { ...DEBT_PERSONAL_FIELDS };
