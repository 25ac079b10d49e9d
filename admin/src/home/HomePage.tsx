import { FEATURES } from '../features';
import { useAccount } from '../session/session-context';
import { WelcomeHome } from './WelcomeHome';

/** `/`: the home page the slices give the signed-in level. */
export function HomePage() {
  const { level } = useAccount();
  const Home = FEATURES.map((f) => f.home?.[level]).find(Boolean) ?? WelcomeHome;
  return <Home />;
}
