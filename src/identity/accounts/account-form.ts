import { parseCitizenId } from '../../shared/citizen-id.js';
import { requireChoice } from '../../shared/choice.js';
import { bangkokDateOf, parseDateInput, requireDateWithin } from '../../shared/date-input.js';
import { parsePhone } from '../../shared/phone.js';
import { FieldErrors } from '../../shared/field-errors.js';
import { hasText, requireText } from '../../shared/text-input.js';
import type { AccountForm } from './account.commands.js';
import type { AccountCreatedData } from './account.events.js';
import { identityErrors } from '../identity-errors.js';
import { isLocalPosition, mayBeAdministrator, positionFitsLevel, STAFF_POSITIONS, type StaffPosition } from '../scope/staff-authority.js';
import { officeForLevel, STAFF_LEVELS, type StaffLevel, type StaffOffice } from '../scope/staff-office.js';

/** The Damrongdhama centres were set up on 18 July 2014 (NCPO announcement 46/2557): nobody was assigned earlier. */
export const CENTRES_ESTABLISHED = '2014-07-18';

/** Level, office and administrator flag of a post, checked together; every refusal at once. */
export function parsePost(
  level: StaffLevel, officeCode: string | null | undefined, administrator: boolean | null | undefined,
): { level: StaffLevel; office: StaffOffice; administrator: boolean } {
  const fields = new FieldErrors();
  const checkedLevel = fields.take(() => requireChoice(level, STAFF_LEVELS, 'level'));
  const office = fields.after([checkedLevel], (level) => officeForLevel(level, officeCode));
  fields.after([checkedLevel], (level) => {
    if (administrator && !mayBeAdministrator(level)) throw identityErrors.administratorNotAtLevel();
  });
  const post = fields.done({ level: checkedLevel, office });
  return { ...post, administrator: Boolean(administrator) };
}

/** The registration form as the event records it: every field checked and normalised, all refusals at once, each naming its field. */
export function parseAccountForm(form: AccountForm, at: string): Omit<AccountCreatedData, 'accountId' | 'at'> {
  const fields = new FieldErrors();
  const citizenId = fields.take(() => parseCitizenId(form.citizenId, 'citizenId'));
  const title = fields.take(() => requireText(form.title, 'title', 50));
  const firstName = fields.take(() => requireText(form.firstName, 'firstName', 100));
  const lastName = fields.take(() => requireText(form.lastName, 'lastName', 100));
  const position = fields.take(() => requireChoice(form.position, STAFF_POSITIONS, 'position'));
  const post = fields.take(() => parsePost(form.level, form.officeCode, form.administrator));
  fields.after([position, post], (position, post) => requirePositionAtLevel(position, post.level));
  const officePhone = fields.take(() => parsePhone(form.officePhone, 'officePhone'));
  const mobilePhone = fields.take(() => (hasText(form.mobilePhone) ? parsePhone(form.mobilePhone, 'mobilePhone') : null));
  const assignedOn = fields.take(() => parseAssignedOn(form.assignedOn, bangkokDateOf(at)));
  const parsed = fields.done({ citizenId, title, firstName, lastName, position, post, officePhone, mobilePhone, assignedOn });
  const { post: checkedPost, ...person } = parsed;
  return {
    citizenId: person.citizenId, title: person.title, firstName: person.firstName, lastName: person.lastName, position: person.position,
    ...checkedPost, officePhone: person.officePhone, mobilePhone: person.mobilePhone, assignedOn: person.assignedOn,
  };
}

/**
 * Refuses a position the level does not hold: a department position for an authority's revenue staff (LOCAL), an
 * authority's position for any other level, the chief below or above a district or province office.
 */
export function requirePositionAtLevel(position: StaffPosition, level: StaffLevel): void {
  if (positionFitsLevel(position, level)) return;
  if (level === 'LOCAL') throw identityErrors.positionNotLocal();
  throw isLocalPosition(position) ? identityErrors.positionOfAuthorityOnly() : identityErrors.positionNotAtLevel();
}

/** The day the holder took up the post: today when not given, never later, never before the centres existed. */
function parseAssignedOn(input: string | null | undefined, today: string): string {
  const assignedOn = hasText(input) ? parseDateInput(input, 'assignedOn') : today;
  if (assignedOn > today) throw identityErrors.assignedOnInFuture();
  return requireDateWithin(assignedOn, 'assignedOn', CENTRES_ESTABLISHED);
}
