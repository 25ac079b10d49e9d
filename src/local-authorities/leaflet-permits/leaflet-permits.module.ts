import { Module } from '@nestjs/common';
import { CalendarModule } from '../../calendar/calendar.module.js';
import { LocalAuthoritiesModule } from '../local-authorities.module.js';
import { LeafletPermitHandlers } from './leaflet-permit.handlers.js';
import { LeafletPermitPdfController } from './leaflet-permit-pdf.controller.js';
import { LeafletPermitResolver } from './leaflet-permit.resolver.js';

/** Leaflet advertising permits: the write side, the list and the permit over GraphQL, and the issued permit's PDF. */
@Module({
  imports: [LocalAuthoritiesModule, CalendarModule],
  providers: [LeafletPermitHandlers, LeafletPermitResolver],
  controllers: [LeafletPermitPdfController],
})
export class LeafletPermitsModule {}
