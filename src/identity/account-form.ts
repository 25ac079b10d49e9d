import { parseCitizenId } from '../shared/citizen-id.js';
import { requireChoice } from '../shared/choice.js';
import { bangkokDateOf, parseDateInput, requireDateWithin } from '../shared/date-input.js';
import { parsePhone } from '../shared/phone.js';
import { hasText, requireText } from '../shared/text-input.js';
import type { AccountForm } from './account.commands.js';
import type { AccountCreatedData } from './account.events.js';
import { identityErrors } from './identity-errors.js';
import { mayBeAdministrator, positionFitsLevel, STAFF_POSITIONS } from './staff-authority.js';
import { officeForLevel, STAFF_LEVELS, type StaffLevel, type StaffOffice } from './staff-office.js';

/** The Damrongdhama centres were set up on 18 July 2014 (NCPO announcement 46/2557): nobody was assigned earlier. */
export const CENTRES_ESTABLISHED = '2014-07-18';

/** Level, office and administrator flag of a post, checked together. */
export function parsePost(
  level: StaffLevel, officeCode: string | null | undefined, administrator: boolean | null | undefined,
): { level: StaffLevel; office: StaffOffice; administrator: boolean } {
  const checkedLevel = requireChoice(level, STAFF_LEVELS, 'level');
  const office = officeForLevel(checkedLevel, officeCode);
  if (administrator && !mayBeAdministrator(checkedLevel)) throw identityErrors.administratorNotAtLevel();
  return { level: checkedLevel, office, administrator: Boolean(administrator) };
}

/** The registration form as the event records it: every field checked and normalised, refusals naming it. */
export function parseAccountForm(form: AccountForm, at: string): Omit<AccountCreatedData, 'accountId' | 'at'> {
  const citizenId = parseCitizenId(form.citizenId, 'citizenId');
  const position = requireChoice(form.position, STAFF_POSITIONS, 'position');
  const post = parsePost(form.level, form.officeCode, form.administrator);
  if (!positionFitsLevel(position, post.level)) throw identityErrors.positionNotAtLevel();
  const today = bangkokDateOf(at);
  const assignedOn = hasText(form.assignedOn) ? parseDateInput(form.assignedOn, 'assignedOn') : today;
  if (assignedOn > today) throw identityErrors.assignedOnInFuture();
  requireDateWithin(assignedOn, 'assignedOn', CENTRES_ESTABLISHED);
  return {
    citizenId,
    title: requireText(form.title, 'title', 50),
    firstName: requireText(form.firstName, 'firstName', 100),
    lastName: requireText(form.lastName, 'lastName', 100),
    position,
    ...post,
    officePhone: parsePhone(form.officePhone, 'officePhone'),
    mobilePhone: hasText(form.mobilePhone) ? parsePhone(form.mobilePhone, 'mobilePhone') : null,
    assignedOn,
  };
}
