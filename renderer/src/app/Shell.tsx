import type { Route } from '../common/hashRoute';
import { CentrePage } from '../centre/CentrePage';
import { MembersPage } from '../members/MembersPage';
import { SummaryPage } from '../summary/SummaryPage';
import { UnitsPage } from '../units/UnitsPage';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';

/** The frame around every working screen: navigation on the left, the centre on top. */
export function Shell({ route }: { route: Route }) {
  return (
    <div className="shell">
      <SideNav route={route} />
      <div className="shell-main">
        <TopBar />
        <main className="page" data-testid={`page-${route.page}`}>
          {route.page === 'members' ? <MembersPage /> : null}
          {route.page === 'units' ? <UnitsPage /> : null}
          {route.page === 'centre' ? <CentrePage /> : null}
          {route.page === 'summary' ? <SummaryPage /> : null}
        </main>
      </div>
    </div>
  );
}
