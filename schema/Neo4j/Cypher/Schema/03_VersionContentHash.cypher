// The worker asks "have I stored this file?" by content hash.
CREATE INDEX version_content_hash IF NOT EXISTS
FOR (v:Version) ON (v.contentHash)
