import type { VariablesOf } from '../graphql';
import { parseTypedDay } from '../shared/dates';
import { toArabicDigits, typedNumber } from '../shared/thai-digits';
import type { DUPLICATE_CHECK, RECEIVE } from './complaints.graphql';
import type { ComplaintChannel, PartyKind } from './labels';
import type { Place } from '../shared/PlaceFields';

/** The intake form as typed: text as the officer wrote it (Thai digits and Buddhist Era included). */
export interface IntakeForm {
  channel: ComplaintChannel;
  receivedOn: string;
  anonymous: boolean;
  citizenId: string;
  title: string;
  firstName: string;
  lastName: string;
  phone: string;
  addressLine: string;
  address: Place;
  subject: string;
  description: string;
  categoryMain: string;
  categorySub: string;
  categoryOther: string;
  location: Place;
  lat: string;
  lng: string;
  /** '' when nobody is complained about. */
  accusedKind: PartyKind | '';
  accusedName: string;
  accusedPosition: string;
  accusedAgency: string;
}

export const emptyIntake = (office: Place): IntakeForm => ({
  channel: 'WALK_IN', receivedOn: '', anonymous: false, citizenId: '', title: '', firstName: '', lastName: '', phone: '',
  addressLine: '', address: office, subject: '', description: '', categoryMain: '', categorySub: '', categoryOther: '',
  location: office, lat: '', lng: '', accusedKind: '', accusedName: '', accusedPosition: '', accusedAgency: '',
});

type ReceiveInput = VariablesOf<typeof RECEIVE>['input'];

const citizenDigits = (text: string) => toArabicDigits(text).replace(/[\s-]/g, '');
const optional = (text: string) => (text.trim() === '' ? null : text);

/** A typed day as the API takes it: the day when it reads as one, else as typed (the service names the fault). */
const typedDay = (text: string) => (text.trim() === '' ? null : parseTypedDay(text) ?? toArabicDigits(text));

/** A degree typed in either digits, or the Thai message of why it is not one. */
function degrees(text: string): number | string | null {
  if (text.trim() === '') return null;
  const value = Number(typedNumber(text));
  return Number.isFinite(value) ? value : 'กรุณากรอกเป็นตัวเลข เช่น 13.53';
}

/** The receiveComplaint input of the form (without commandId), or the fields the form itself must refuse. */
export function receiveInputOf(form: IntakeForm): { input: Omit<ReceiveInput, 'commandId'> } | { refused: Record<string, string> } {
  const [lat, lng] = [degrees(form.lat), degrees(form.lng)];
  const refused: Record<string, string> = {};
  if (typeof lat === 'string') refused['location.point.lat'] = lat;
  if (typeof lng === 'string') refused['location.point.lng'] = lng;
  if ((lat === null) !== (lng === null)) refused[lat === null ? 'location.point.lat' : 'location.point.lng'] = 'กรุณากรอกทั้งละติจูดและลองจิจูด';
  if (Object.keys(refused).length > 0) return { refused };
  const givesAddress = form.addressLine.trim() !== '' || form.address.subdistrict !== '';
  return {
    input: {
      channel: form.channel,
      receivedAt: typedDay(form.receivedOn),
      complainant: form.anonymous ? { anonymous: true } : {
        anonymous: false, citizenId: optional(citizenDigits(form.citizenId)), title: optional(form.title), firstName: form.firstName,
        lastName: form.lastName, phone: optional(toArabicDigits(form.phone)),
        address: givesAddress ? { line: form.addressLine, subdistrictCode: form.address.subdistrict, districtCode: form.address.district } : null,
      },
      subject: form.subject,
      description: form.description,
      category: form.categoryMain === 'OTHER'
        ? { main: form.categoryMain, otherText: form.categoryOther }
        : { main: form.categoryMain, sub: optional(form.categorySub) },
      location: {
        subdistrictCode: form.location.subdistrict, districtCode: form.location.district,
        point: typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : null,
      },
      accused: form.accusedKind === '' ? null : {
        kind: form.accusedKind, name: form.accusedName, position: optional(form.accusedPosition), agency: optional(form.accusedAgency),
      },
    },
  };
}

/** What the duplicate check compares, or null while the form has too little to compare. */
export function duplicateCheckOf(form: IntakeForm): VariablesOf<typeof DUPLICATE_CHECK>['input'] | null {
  const citizenId = form.anonymous ? '' : citizenDigits(form.citizenId);
  const accusedName = form.accusedKind === '' ? '' : form.accusedName.trim();
  if (!/^\d{13}$/.test(citizenId) && (accusedName === '' || form.subject.trim() === '')) return null;
  return { citizenId: citizenId || null, accusedName: accusedName || null, subject: form.subject, receivedAt: typedDay(form.receivedOn) };
}
