/** The auditor's pages name codes as the district's pages do: the debt case's and the complaint's own tables. */

export {
  CHANNEL_TH as COMPLAINT_CHANNEL_TH, CLOSE_REASON_TH as COMPLAINT_CLOSE_REASON_TH, STATUS_TH as COMPLAINT_STATUS_TH,
} from '../complaints/labels';
export {
  CHANNEL_TH as DEBT_CHANNEL_TH, CLOSE_REASON_TH as DEBT_CLOSE_REASON_TH, STATUS_TH as DEBT_STATUS_TH, WISH_TH as MEDIATION_WISH_TH,
  bahtText, districtTitle as districtText,
} from '../debt/case/case-labels';

/** A province as written after a district: จังหวัดมุกดาหาร, or กรุงเทพมหานคร itself. */
export const provinceText = (province: { nameTh: string }): string =>
  (province.nameTh === 'กรุงเทพมหานคร' ? province.nameTh : `จังหวัด${province.nameTh}`);
