-- The dual-criminality verdict of each site in parts (JSON), so that Kazakh and Russian letters are
-- worded from them instead of quoting the English explanation. Null for sites drafted before.
ALTER TABLE cross_border_site ADD COLUMN verdict_parts TEXT;
