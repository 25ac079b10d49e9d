import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { FEATURES } from './features';
import { opensTo, type FeatureRoute } from './feature';
import { HomePage } from './home/HomePage';
import { NotAllowed } from './layout/NotAllowed';
import { RequireSession } from './layout/RequireSession';
import { Shell } from './layout/Shell';
import { useAccount } from './session/session-context';
import { SessionEndedDialog } from './session/SessionEndedDialog';
import { ChangePasswordPage } from './session/ChangePasswordPage';
import { SignInPage } from './session/SignInPage';
import { Loading } from './shared/Loading';

function Guarded({ route }: { route: FeatureRoute }) {
  const { level } = useAccount();
  if (!opensTo(route.levels, level)) return <NotAllowed />;
  const Page = route.page;
  return <Page />;
}

export function App() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        {FEATURES.flatMap((f) => f.publicRoutes ?? []).map(({ path, page: Page }) => <Route key={path} path={path} element={<Page />} />)}
        <Route path="/change-password" element={<RequireSession passwordChange><ChangePasswordPage /></RequireSession>} />
        <Route element={<RequireSession><Shell /></RequireSession>}>
          <Route index element={<HomePage />} />
          {FEATURES.flatMap((f) => f.routes ?? []).map((route) => <Route key={route.path} path={route.path} element={<Guarded route={route} />} />)}
          <Route path="*" element={<NotAllowed missing />} />
        </Route>
      </Routes>
      <SessionEndedDialog />
    </Suspense>
  );
}
