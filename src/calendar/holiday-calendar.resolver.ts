import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isCentralAdministrator } from '../identity/scope/area-scope.js';
import { CurrentStaff, Public, Requires } from '../identity/sessions/staff-access.decorators.js';
import { actorOf, type SignedInStaff } from '../identity/sessions/staff-context.js';
import { type ChangedBy, type GovernmentHoliday, HolidayCalendar } from './holiday-calendar.js';
import { AddHolidayInput, GovernmentHolidayObject, RemoveHolidayInput } from './holiday-calendar.types.js';
import { formatThaiDate } from './thai-date-text.js';

const changedBy = (staff: SignedInStaff): ChangedBy => ({ actor: actorOf(staff), office: staff.officeKey });

/**
 * The working-day calendar: holidays by year for anyone, and the changes a central administrator makes at
 * the cabinet's notice, each kept with who made it.
 */
@Resolver(() => GovernmentHolidayObject)
export class HolidayCalendarResolver {
  constructor(@Inject(HolidayCalendar) private readonly calendar: HolidayCalendar) {}

  @Public()
  @Query(() => [GovernmentHolidayObject], { nullable: true, description: 'The government holidays of a year, in date order' })
  async holidays(
    @Args('year', { description: 'CE or Buddhist Era year: 2025 or 2568; Thai digits accepted' }) year: string,
  ): Promise<GovernmentHolidayObject[]> {
    return (await this.calendar.holidaysIn(year)).map(toObject);
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => GovernmentHolidayObject, { description: 'Declares a weekday a government holiday (central administrators)' })
  async addHoliday(
    @CurrentStaff() staff: SignedInStaff, @Args('input') { date, name, nameEn }: AddHolidayInput,
  ): Promise<GovernmentHolidayObject> {
    return toObject(await this.calendar.add(date, name, nameEn, changedBy(staff)));
  }

  @Requires(isCentralAdministrator)
  @Mutation(() => GovernmentHolidayObject, { description: 'Makes a government holiday a working day again (central administrators)' })
  async removeHoliday(@CurrentStaff() staff: SignedInStaff, @Args('input') { date }: RemoveHolidayInput): Promise<GovernmentHolidayObject> {
    return toObject(await this.calendar.remove(date, changedBy(staff)));
  }
}

function toObject(holiday: GovernmentHoliday): GovernmentHolidayObject {
  return { ...holiday, dateTh: formatThaiDate(holiday.date) };
}
