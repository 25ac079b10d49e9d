import { graphql, type VariablesOf } from '../../graphql';

export const REGISTER_DEBTOR = graphql(`
  mutation RegisterDebtor($input: RegisterDebtorInput!) {
    registerDebtor(input: $input) { caseId }
  }
`);

export const PROVINCES = graphql(`query Provinces { provinces { code nameTh } }`);
export const DISTRICTS = graphql(`query Districts($provinceCode: String!) { districts(provinceCode: $provinceCode) { code nameTh } }`);
export const SUBDISTRICTS = graphql(`query Subdistricts($districtCode: String!) { subdistricts(districtCode: $districtCode) { code nameTh } }`);

export type RegisterDebtorInput = VariablesOf<typeof REGISTER_DEBTOR>['input'];
export type DebtChannel = RegisterDebtorInput['channel'];
export type CreditorKind = RegisterDebtorInput['creditors'][number]['kind'];
export type HelpKind = RegisterDebtorInput['helpWanted']['kinds'][number];
