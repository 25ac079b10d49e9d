import { graphql, type ResultOf } from '../../graphql';

export const HOLIDAYS = graphql(`
  query Holidays($year: String!) { holidays(year: $year) { date dateTh nameTh nameEn source } }
`);

export const ADD_HOLIDAY = graphql(`
  mutation AddHoliday($input: AddHolidayInput!) { addHoliday(input: $input) { date dateTh nameTh nameEn source } }
`);

export const REMOVE_HOLIDAY = graphql(`
  mutation RemoveHoliday($input: RemoveHolidayInput!) { removeHoliday(input: $input) { date dateTh nameTh nameEn source } }
`);

export type Holiday = NonNullable<ResultOf<typeof HOLIDAYS>['holidays']>[number];
