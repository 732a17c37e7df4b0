import { useState } from 'react';
import { loadSession, saveSession, tokenClaims, type Session } from '../sign-in/session.js';
import { SignIn } from '../sign-in/sign-in.js';
import { Controls, defaultPeriod } from './controls.js';
import { QueryFailure } from './failure.js';
import {
  forDepartments,
  panelMeasures,
  type IndicatorRegion,
  type Measure,
  type Period,
} from './indicators.js';
import { DEPARTMENTS } from './labels.js';
import {
  ByDepartment,
  ChildTable,
  Funding,
  MonthlyLine,
  Overview,
  SplitBars,
  type Scope,
} from './panels.js';
import { MEASURES, REGION } from './queries.js';
import { RegionTree } from './region-tree.js';
import { useQuery } from './use-query.js';

/** The country, where a token names no region (national callers' own region too). */
const NATIONAL = '100000';

/** The dashboard of one signed-in caller: the region tree, the period, and the panels. */
function Dashboard({ session }: { session: Session }) {
  const rootCode = tokenClaims(session.token)?.regionCode ?? NATIONAL;
  const root = useQuery<{ region: IndicatorRegion | null }>(session, REGION, { code: rootCode });
  const catalogue = useQuery<{ measures: Measure[] }>(session, MEASURES, {});
  const [picked, setPicked] = useState<IndicatorRegion | null>(null);
  const [period, setPeriod] = useState<Period>(defaultPeriod);
  const [departments, setDepartments] = useState<string[]>(DEPARTMENTS);
  const [focus, setFocus] = useState<string | null>(null);

  const rootRegion = root.status === 'ready' ? root.data.region : null;
  const region = picked ?? rootRegion;
  const select = (next: IndicatorRegion) => {
    setPicked(next);
    setFocus(null);
  };
  const changePeriod = (next: Period) => {
    setPeriod(next);
    setFocus(null);
  };
  const scope: Scope | null = region && { session, region, period, departments, focus };
  const measures =
    catalogue.status === 'ready'
      ? panelMeasures(forDepartments(catalogue.data.measures, departments))
      : null;

  return (
    <div className="hub-dashboard__body">
      <aside className="hub-dashboard__side">
        <h2>地区</h2>
        {root.status === 'loading' && <p>加载中…</p>}
        {root.status === 'error' && <QueryFailure error={root.error} />}
        {root.status === 'ready' && !rootRegion && (
          <p className="hub-panel__empty">令牌所属地区 {rootCode} 不可见。</p>
        )}
        {rootRegion && region && (
          <RegionTree
            root={rootRegion}
            session={session}
            selected={region.code}
            onSelect={select}
          />
        )}
      </aside>
      <main className="hub-dashboard__main" data-region={region?.code}>
        <Controls
          period={period}
          onPeriod={changePeriod}
          departments={departments}
          onDepartments={setDepartments}
        />
        {catalogue.status === 'loading' && <p>加载指标目录…</p>}
        {catalogue.status === 'error' && <QueryFailure error={catalogue.error} />}
        {scope && measures && Object.values(measures).every((list) => list.length === 0) && (
          <p className="hub-panel__empty">所选部门没有可显示的指标。</p>
        )}
        {scope && measures && (
          <div className="hub-panels">
            {measures.headline.length > 0 && (
              <Overview scope={scope} measures={measures.headline} onFocus={setFocus} />
            )}
            {measures.monthly.length > 0 && (
              <MonthlyLine scope={scope} measures={measures.monthly} />
            )}
            {measures.byMethod[0] && (
              <SplitBars
                scope={scope}
                measure={measures.byMethod[0]}
                by="METHOD"
                title="按服务方法"
              />
            )}
            {measures.byServiceArea[0] && (
              <SplitBars
                scope={scope}
                measure={measures.byServiceArea[0]}
                by="SERVICE_AREA"
                title="按服务领域"
              />
            )}
            {measures.funding[0] && (
              <Funding scope={scope} measure={measures.funding[0]} departments={departments} />
            )}
            {measures.referrals.length > 0 && (
              <ByDepartment
                id="referrals"
                title="转介 · 按部门"
                scope={scope}
                measures={measures.referrals}
                departments={departments}
              />
            )}
            {measures.overlaps.length > 0 && (
              <ByDepartment
                id="overlaps"
                title="多部门重复帮扶 · 按部门"
                scope={scope}
                measures={measures.overlaps}
                departments={departments}
              />
            )}
            {measures.childTable.length > 0 && scope.region.level !== 'VILLAGE' && (
              <ChildTable scope={scope} measures={measures.childTable} onSelect={select} />
            )}
          </div>
        )}
      </main>
    </div>
  );
}

/**
 * The dashboard page: the explorer's sign-in bar, then figures of the caller's region drawn
 * from the public `measures` and `indicators` queries alone.
 */
export function App() {
  const [session, setSession] = useState<Session>(loadSession);
  const update = (next: Session) => {
    saveSession(next);
    setSession(next);
  };
  return (
    <div className="hub-dashboard">
      <SignIn session={session} onChange={update} title="数据看板" current="/dashboard" />
      {session.token ? (
        // A new token is a new caller, with a region of its own: everything starts again.
        <Dashboard key={session.token} session={session} />
      ) : (
        <p className="hub-dashboard__signed-out">
          请先在上方登录：粘贴令牌，或在开发环境中选择部门、角色和地区。
        </p>
      )}
    </div>
  );
}
