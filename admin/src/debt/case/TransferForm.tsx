import { NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ActionForm, unchosen, useCaseAction } from './action-form';
import { DISTRICTS, PROVINCES, TRANSFER_CASE } from './case.graphql';
import type { CaseFormProps } from './case-form-props';
import { districtTitle } from './case-labels';

/** ส่งต่อข้อมูลระหว่างอำเภอหรือเขต: the district where the debtor or creditor can be reached, and why. */
export function TransferForm({ caseId, detail, onDone, onCancel }: CaseFormProps) {
  const [province, setProvince] = useState(detail.province.code);
  const [district, setDistrict] = useState('');
  const [reason, setReason] = useState('');
  const [provinces] = useQuery({ query: PROVINCES });
  const [districts] = useQuery({ query: DISTRICTS, variables: { provinceCode: province } });
  const action = useCaseAction(TRANSFER_CASE, ['toDistrictCode', 'reason'], onDone);
  const submit = () => action.send({ caseId, toDistrictCode: district, reason }, unchosen({ toDistrictCode: [district, 'กรุณาเลือกอำเภอ/เขตที่รับเรื่อง'] }));
  const districtOptions = (districts.data?.districts ?? []).filter((d) => d.code !== detail.district.code)
    .map((d) => ({ value: d.code, label: districtTitle(d) }));
  return (
    <ActionForm label="ส่งต่อไปอำเภอ/เขตอื่น" fetching={action.fetching} general={action.general} onSubmit={submit} onCancel={onCancel}>
      <NativeSelect label="จังหวัด" value={province} onChange={(e) => { setProvince(e.currentTarget.value); setDistrict(''); }}
        data={(provinces.data?.provinces ?? [{ code: detail.province.code, nameTh: detail.province.nameTh }])
          .map((p) => ({ value: p.code, label: p.nameTh }))} />
      <NativeSelect label="อำเภอ/เขตที่รับเรื่อง" required value={district} onChange={(e) => setDistrict(e.currentTarget.value)}
        data={[{ value: '', label: 'กรุณาเลือก' }, ...districtOptions]} error={action.byField.toDistrictCode} />
      <Textarea label="เหตุผลที่ส่งต่อ" required autosize minRows={2} value={reason}
        onChange={(e) => setReason(e.currentTarget.value)} error={action.byField.reason} />
    </ActionForm>
  );
}
