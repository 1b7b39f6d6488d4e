// The ingested document and this language version of it. A node first known from citations is completed, not
// duplicated: what the text states wins over what the symbol tells. Its label is the English title when there is
// one, else the first title stored (the label is set before ingested, which it reads).
MERGE (d:Node {id: $document.id})
SET d.label = CASE WHEN coalesce(d.ingested, false) = false OR d.label IS NULL OR $version.language = 'en'
                   THEN coalesce($document.label, d.label) ELSE d.label END
SET d:Document,
    d.kind = 'Document',
    d.ingested = true,
    d.body = coalesce($document.body, d.body),
    d.documentKind = coalesce($document.documentKind, d.documentKind),
    d.year = coalesce($document.year, d.year),
    d.session = coalesce($document.session, d.session),
    d.date = coalesce($document.date, d.date)
MERGE (v:Version {key: $version.key})
SET v.documentId = d.id,
    v.language = $version.language,
    v.title = $version.title,
    v.source = $version.source,
    v.contentHash = $version.contentHash,
    v.ingestedAt = $version.ingestedAt
MERGE (d)-[:HAS_VERSION]->(v)
