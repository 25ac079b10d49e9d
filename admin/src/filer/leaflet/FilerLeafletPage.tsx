import { FilerPage } from '../FilerPage';
import { FilerLeafletPermits } from './FilerLeafletPermits';

/** `/filer/leaflet-permits`: the filer's page, its content their leaflet permit requests. */
export function FilerLeafletPage() {
  return <FilerPage><FilerLeafletPermits /></FilerPage>;
}
