-- A source system pushes for the units tied to it only, and may set a publishedAt older than
-- gongkai.disclosure.push.max-published-age only when an admin allowed back-filling (recorded: who, when).
-- The editors' trust setting goes on the same record later: one record per source.
ALTER TABLE source_system
    ADD COLUMN backfill_allowed boolean NOT NULL DEFAULT false,
    ADD COLUMN backfill_changed_by varchar(200),
    ADD COLUMN backfill_changed_at timestamptz;

CREATE TABLE source_unit (
    source  varchar(40) NOT NULL REFERENCES source_system (code) ON DELETE CASCADE,
    unit    varchar(40) NOT NULL REFERENCES unit (code),
    PRIMARY KEY (source, unit)
);

-- the units the seeded systems publish for (an admin changes them with PUT /api/v1/sources/{code})
INSERT INTO source_unit (source, unit)
SELECT s.source, s.unit FROM (VALUES
    ('admissions', 'ADMISSIONS'), ('admissions', 'GRADUATE_SCHOOL'),
    ('finance', 'FINANCE'), ('finance', 'PROCUREMENT'), ('finance', 'ASSETS'),
    ('hr', 'HR'), ('hr', 'ORGANIZATION'),
    ('news-office', 'NEWS_CENTER'),
    ('portal-cms', 'PRESIDENT_OFFICE'), ('portal-cms', 'DISCLOSURE_OFFICE'), ('portal-cms', 'ORGANIZATION'),
    ('portal-cms', 'ACADEMIC_AFFAIRS'), ('portal-cms', 'STUDENT_AFFAIRS'), ('portal-cms', 'CAREER_CENTER'),
    ('portal-cms', 'RESEARCH'), ('portal-cms', 'DEGREE_OFFICE'), ('portal-cms', 'INTERNATIONAL'),
    ('portal-cms', 'DISCIPLINE'), ('portal-cms', 'SECURITY'), ('portal-cms', 'UNION'), ('portal-cms', 'PLANNING')
) AS s (source, unit)
JOIN source_system ss ON ss.code = s.source
JOIN unit u ON u.code = s.unit;
