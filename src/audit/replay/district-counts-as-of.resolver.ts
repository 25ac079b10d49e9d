import { Inject } from '@nestjs/common';
import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { formatThaiDateTime } from '../../calendar/thai-date-text.js';
import { EVENT_STORE, type EventStore } from '../../eventstore/event-store.port.js';
import { requireDistrict } from '../../geography/geography.js';
import { coversDistrict } from '../../identity/scope/area-scope.js';
import { CurrentStaff } from '../../identity/sessions/staff-access.decorators.js';
import type { SignedInStaff } from '../../identity/sessions/staff-context.js';
import { districtMeasuresAsOf } from '../../reporting/daily/district-as-of.js';
import { districtTitle, type Figures, figuresOf } from '../../reporting/report-figures.js';
import { MediationReportFiguresObject } from '../../reporting/report-figures.types.js';
import { auditErrors } from '../audit-errors.js';

@ObjectType('DistrictCountsAsOf', {
  description: 'A district\'s cumulative mediation-report figures as they stood at an instant, computed from the event log '
    + '(no read model): at a daily report\'s cut-off, the frozen report\'s cumulative figures of the district',
})
export class DistrictCountsAsOfObject {
  @Field() districtCode!: string;
  @Field({ description: 'อำเภอ… or เขต…' }) districtTh!: string;
  @Field() asOf!: Date;
  @Field({ description: 'The instant in Thai, Buddhist Era, Asia/Bangkok' }) asOfTh!: string;
  @Field(() => MediationReportFiguresObject) cumulative!: Figures;
}

/** A district as it stood, for auditors and whoever's area holds the district; the whole log is read as the owner. */
@Resolver()
export class DistrictCountsAsOfResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => DistrictCountsAsOfObject, {
    nullable: true,
    description: 'A district of your area as it stood at an instant, its figures computed from the event log; DISTRICT_NOT_IN_YOUR_AREA',
  })
  async districtCountsAsOf(
    @CurrentStaff() staff: SignedInStaff,
    @Args('districtCode', { description: '4-digit district code; Thai digits accepted' }) districtCode: string,
    @Args('asOf') asOf: Date,
  ): Promise<DistrictCountsAsOfObject> {
    const { code } = requireDistrict(districtCode, 'districtCode');
    if (!coversDistrict(staff, code)) throw auditErrors.districtNotInArea();
    return {
      districtCode: code, districtTh: districtTitle(code), asOf, asOfTh: formatThaiDateTime(asOf),
      cumulative: figuresOf(await districtMeasuresAsOf(this.store, code, asOf)),
    };
  }
}
