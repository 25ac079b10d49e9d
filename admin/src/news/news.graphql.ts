import { graphql, type ResultOf } from '../graphql';

export const DISTRICT_NEWS = graphql(`
  query DistrictNewsPage($district: String!, $first: Int, $after: String) {
    districtNews(districtCode: $district, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        newsId centreNameTh activityName leader participants heldOnTh startTime endTime place
        photos { photoId url erased }
      } }
    }
  }
`);

export type NewsItem = NonNullable<ResultOf<typeof DISTRICT_NEWS>['districtNews']>['edges'][number]['node'];

export const POST_NEWS = graphql(`
  mutation PostDistrictNews($input: PostDistrictNewsInput!) { postDistrictNews(input: $input) { newsId } }
`);
