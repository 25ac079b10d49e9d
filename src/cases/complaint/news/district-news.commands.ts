import type { Office } from '../complaint-office.js';
import type { NewsPhoto } from './district-news.events.js';

/** Posts an activity of the acting district office. Dates and times as staff type them (BE, Thai digits). */
export interface PostDistrictNews {
  type: 'PostDistrictNews';
  at: string;
  actingOffice: Office;
  newsId: string;
  activityName: string;
  leader: string;
  participants: string;
  heldOn: string;
  startTime: string;
  endTime?: string | null;
  place: string;
  /** Photos the handler has stored and checked; the decider checks their number and description. */
  photos: NewsPhoto[];
}
