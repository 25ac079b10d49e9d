import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../identity/sessions/staff-access.decorators.js';
import { districtsOf, provinces, subdistrictsOf } from './geography.js';
import { DistrictObject, ProvinceObject, SubdistrictObject } from './geography.types.js';

/** Read-only reference data: provinces, their districts and subdistricts, for pickers and validation. */
@Public()
@Resolver()
export class GeographyResolver {
  @Query(() => [ProvinceObject], { description: 'All 77 provinces, by code' })
  provinces(): ProvinceObject[] {
    return provinces();
  }

  @Query(() => [DistrictObject], { nullable: true, description: "A province's districts (khet in Bangkok), by code" })
  districts(
    @Args('provinceCode', { type: () => String, description: '2-digit province code; Thai digits accepted' })
    provinceCode: string,
  ): DistrictObject[] {
    return districtsOf(provinceCode, 'provinceCode');
  }

  @Query(() => [SubdistrictObject], { nullable: true, description: "A district's subdistricts (khwaeng in Bangkok), by code" })
  subdistricts(
    @Args('districtCode', { type: () => String, description: '4-digit district code; Thai digits accepted' })
    districtCode: string,
  ): SubdistrictObject[] {
    return subdistrictsOf(districtCode, 'districtCode');
  }
}
