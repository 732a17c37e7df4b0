/**
 * Every operation the dashboard sends, as plain text: test/gateway/dashboard.test.ts validates
 * each against the supergraph's API schema, and docs/dashboard.md shows them to those who build
 * dashboards of their own. The figures come from `measures` and `indicators` only; `region` and
 * `regions` name the places to pick.
 */

/** The registered measures: names, units, kinds, who reports them and what splits them. */
export const MEASURES = `query DashboardMeasures {
  measures {
    code
    name
    unit
    description
    kind
    departments
    dimensions
  }
}`;

/** The region a tree starts from (the caller's own), or one looked up by code. */
export const REGION = `query DashboardRegion($code: ID!) {
  region(code: $code) {
    code
    name
    level
  }
}`;

/** The divisions one level below a node of the tree, loaded when the node is opened. */
export const REGION_CHILDREN = `query DashboardRegionChildren($under: String!, $level: RegionLevel) {
  regions(under: $under, level: $level, first: 500) {
    totalCount
    edges {
      node {
        code
        name
        level
      }
    }
  }
}`;

/** One table of figures; every chart and table of the page is one of these. */
export const INDICATORS = `query DashboardIndicators(
  $measures: [String!]!
  $period: PeriodInput!
  $regions: IndicatorRegionsInput
  $by: [IndicatorDimension!]
  $departments: [Department!]
) {
  indicators(
    measures: $measures
    period: $period
    regions: $regions
    by: $by
    departments: $departments
  ) {
    measures {
      code
      name
      unit
      kind
    }
    periods {
      code
      start
      end
    }
    regions {
      code
      name
      level
    }
    rows {
      measure
      period
      regionCode
      regionName
      department
      serviceArea
      method
      value
      suppressed
    }
    suppressionK
  }
}`;
