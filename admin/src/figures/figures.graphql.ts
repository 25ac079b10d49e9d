import { graphql, type ResultOf } from '../graphql';

export const PROVINCES = graphql(`query Provinces { provinces { code nameTh } }`);

export const COUNTS = graphql(`
  fragment DebtCounts on DebtCaseCounts {
    registered contacted wishingMediation inMediation agreed notAgreed referred closed transfersIn transfersOut debtReduced
  }
`);

export const DISTRICT_FIGURES = graphql(`
  query DistrictFigures($province: String!) {
    districtCounts(provinceCode: $province) { district { code nameTh isBangkokKhet } counts { ...DebtCounts } }
    provinceCounts { province { code nameTh } counts { ...DebtCounts } }
  }
`, [COUNTS]);

export const NATIONAL_FIGURES = graphql(`
  query NationalFigures {
    nationalCounts { ...DebtCounts creditors principal outstanding debtBefore debtAfter }
    provinceCounts { province { code nameTh } counts { ...DebtCounts } }
  }
`, [COUNTS]);

export type Counts = ResultOf<typeof COUNTS>;
