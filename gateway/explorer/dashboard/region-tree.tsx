import { useState } from 'react';
import type { Session } from '../sign-in/session.js';
import { QueryFailure } from './failure.js';
import type { IndicatorRegion } from './indicators.js';
import { label } from './labels.js';
import { REGION_CHILDREN } from './queries.js';
import { useQuery } from './use-query.js';

/** The level listed when a node of each level is opened; villages are leaves. */
const NEXT_LEVEL: Record<string, string> = {
  NATIONAL: 'PROVINCE',
  PROVINCE: 'CITY',
  CITY: 'COUNTY',
  COUNTY: 'TOWNSHIP',
  TOWNSHIP: 'VILLAGE',
};

interface Children {
  regions: { totalCount: number; edges: Array<{ node: IndicatorRegion }> };
}

interface TreeProps {
  session: Session;
  selected: string;
  onSelect: (region: IndicatorRegion) => void;
}

/** One division: its name selects it, its toggle loads the divisions below it once opened. */
function TreeNode({
  node,
  open: initiallyOpen,
  ...props
}: TreeProps & { node: IndicatorRegion; open: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const next = NEXT_LEVEL[node.level];
  const children = useQuery<Children>(
    props.session,
    REGION_CHILDREN,
    open && next ? { under: node.code, level: next } : null,
  );
  const current = props.selected === node.code;
  return (
    <li className="hub-tree__node" data-region={node.code}>
      <span className="hub-tree__row">
        {next ? (
          <button
            type="button"
            className="hub-tree__toggle"
            aria-expanded={open}
            aria-label={`${open ? '收起' : '展开'} ${node.name}`}
            onClick={() => setOpen(!open)}
          >
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="hub-tree__leaf" aria-hidden />
        )}
        <button
          type="button"
          className="hub-tree__name"
          aria-current={current ? 'true' : undefined}
          title={`${node.code} · ${label('RegionLevel', node.level)}`}
          onClick={() => props.onSelect(node)}
        >
          {node.name}
        </button>
      </span>
      {open && children.status === 'loading' && <p className="hub-tree__loading">加载中…</p>}
      {open && children.status === 'error' && <QueryFailure error={children.error} />}
      {open && children.status === 'ready' && (
        <ul>
          {children.data.regions.edges.map(({ node: child }) => (
            <TreeNode key={child.code} node={child} open={false} {...props} />
          ))}
          {children.data.regions.totalCount > children.data.regions.edges.length && (
            <li className="hub-tree__more">
              另有 {children.data.regions.totalCount - children.data.regions.edges.length} 个未列出
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

/**
 * The divisions of the caller's region as a tree opened one level at a time (`regions(under,
 * level)`), so that a national caller's page does not load the country's villages up front.
 */
export function RegionTree({ root, ...props }: TreeProps & { root: IndicatorRegion }) {
  return (
    <nav className="hub-tree" aria-label="地区">
      <ul>
        <TreeNode node={root} open {...props} />
      </ul>
    </nav>
  );
}
