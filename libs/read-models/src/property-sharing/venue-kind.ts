/**
 * 应开尽开 (open every school parking lot and sports venue that can be opened): which properties the
 * survey covers and under which kind they are counted. A room or parcel used as a car park or sports
 * venue anywhere, and every room or parcel of a school (its grounds, courts, halls) but office space,
 * which the 机关事务管理条例 keeps closed.
 */
export const VENUE_KINDS = ['parking', 'sports_venue', 'school'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

/** SQL: the survey's venues as (property_id, venue_kind) — p's own use, else 'school' for what lies under a school. */
export const SURVEY_VENUES_SQL = `
  WITH RECURSIVE under_school(property_id) AS (
    SELECT property_id FROM properties WHERE use = 'school'
    UNION
    SELECT c.property_id FROM properties c JOIN under_school u ON c.parent_id = u.property_id
  )
  SELECT p.*,
         CASE WHEN p.use IN ('parking', 'sports_venue') THEN p.use ELSE 'school' END AS venue_kind,
         (SELECT count(*) FROM sharing_spaces s WHERE s.property_id = p.property_id)::int AS shared_spaces
    FROM properties p
   WHERE p.kind IN ('room', 'parcel') AND p.use <> 'office'
     AND (p.use IN ('parking', 'sports_venue') OR p.property_id IN (SELECT property_id FROM under_school))`;
