/**
 * Indexes for the More group's queries: settings read in saved order, the article search
 * (`ILIKE '%term%'` on title and content), and the purge of old CSV exports. Article IDs get the
 * length the contract accepts (255).
 */
export const moreIndexes = /* sql */ `
CREATE INDEX settings_position ON settings (position);
ALTER TABLE articles ALTER COLUMN id TYPE varchar(255);
CREATE INDEX articles_search ON articles USING gin (title gin_trgm_ops, content gin_trgm_ops);
CREATE INDEX exports_created_at ON exports (created_at);
`;
