import type { PersonalFieldCatalogue } from '../../../personal-data/keys/personal-fields.js';
import type { DistrictNewsEvent } from './district-news.events.js';

/**
 * The personal data in district news (issue 17): the people a post names, its leader and its participants (as
 * written: officials by name and position, villagers by name). A post has no data subject (no citizen id is ever
 * recorded of them), so both are sealed under the post's own CASE key (stream `news-<id>`). The activity, the place,
 * the district, the day and times stay plain: what the public news list and its counts read.
 *
 * Erasure is of the whole post's names: PersonalDataShredder.eraseStreams([`news-<id>`]), which the district office
 * that posted it (or the central centre) runs on the written request of a person it names (the leader or a
 * participant), as no citizen id finds a post. Its photos (of people) are kept outside the log, each post's copy
 * sealed under that same key (news-photo-store.ts): the erasure makes them unreadable too, answered 410 NEWS_PHOTO_ERASED.
 */
export const NEWS_PERSONAL_FIELDS = {
  DistrictNewsPosted: [{ at: '', fields: ['leader', 'participants'] }],
} as const satisfies Partial<Record<DistrictNewsEvent['type'], PersonalFieldCatalogue[string]>> satisfies PersonalFieldCatalogue;
