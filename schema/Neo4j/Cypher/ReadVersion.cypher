// Opens the write transaction of one version: what is stored for it now (null when nothing is).
OPTIONAL MATCH (v:Version {key: $key})
RETURN v.contentHash AS contentHash
