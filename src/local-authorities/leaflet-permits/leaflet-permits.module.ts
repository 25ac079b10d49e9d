import { Module } from '@nestjs/common';
import { CalendarModule } from '../../calendar/calendar.module.js';
import { FilersModule } from '../../identity/filers/filers.module.js';
import { LocalAuthoritiesModule } from '../local-authorities.module.js';
import { LeafletPermitHandlers } from './leaflet-permit.handlers.js';
import { LeafletPermitPdfController } from './leaflet-permit-pdf.controller.js';
import { LeafletPermitResolver } from './leaflet-permit.resolver.js';
import { FilerPermitPdfController } from './online/filer-permit-pdf.controller.js';
import { LeafletOnlineResolver } from './online/leaflet-online.resolver.js';

/**
 * Leaflet advertising permits: the write side, the list and the permit over GraphQL, and the issued permit's PDF;
 * a filer signed in with D.DOPA requests one online and follows their own (online/).
 */
@Module({
  imports: [LocalAuthoritiesModule, CalendarModule, FilersModule],
  providers: [LeafletPermitHandlers, LeafletPermitResolver, LeafletOnlineResolver],
  controllers: [LeafletPermitPdfController, FilerPermitPdfController],
})
export class LeafletPermitsModule {}
