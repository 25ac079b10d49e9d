import { upcaster, type Upcaster } from '../../../shared/event-schema.js';
import type { DistrictNewsPostedData, NewsPhoto } from './district-news.events.js';

type PostedV1 = Omit<DistrictNewsPostedData, 'photos'> & { photos: Omit<NewsPhoto, 'sealedUnder'>[] };

/**
 * DistrictNewsPosted 1 → 2, "sealed news photos" (issue 17). Version 2 names, for each photo, the key the post's copy
 * of its bytes is sealed under; a photo of version 1 was posted before sealing and is kept plain (null).
 */
const postedWithSealedPhotos = upcaster<PostedV1, DistrictNewsPostedData>({
  type: 'DistrictNewsPosted',
  from: 1,
  name: 'sealed news photos',
  reason: 'a photo of people is personal data: its bytes are sealed under the post\'s key, which erasure destroys',
  up: (data) => ({ ...data, photos: data.photos.map((photo) => ({ ...photo, sealedUnder: null })) }),
});

/** Every step of the news events' shapes, oldest first (see DISTRICT_NEWS_EVENT_SCHEMA_VERSIONS). */
export const DISTRICT_NEWS_UPCASTERS: readonly Upcaster[] = [postedWithSealedPhotos];
