-- The embedded graph store's schema (SqliteGraphStore runs it at start; every statement is idempotent).
-- Sized for ~1 million documents and ~20 million citations: integer keys everywhere, text ids only in node,
-- one covering index per edge direction, counters kept by the writer so "most cited" never scans the edges.

-- Every node: documents (UN symbol or hash:SHA256), instruments (instrument:ID), web resources (url:ADDRESS).
-- kind: 0 document, 1 instrument, 2 web resource (NodeKind). ingested: 1 once a version of its text is stored.
-- citers: how many distinct documents cite it (kept by the writer, see SqliteWriteSession).
CREATE TABLE IF NOT EXISTS node (
    key       INTEGER PRIMARY KEY,
    id        TEXT    NOT NULL,
    kind      INTEGER NOT NULL,
    label     TEXT,
    body      TEXT,
    doc_kind  TEXT,
    year      INTEGER,
    session   TEXT,
    date      TEXT,
    ingested  INTEGER NOT NULL DEFAULT 0,
    citers    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS node_id ON node (id);
-- Lets a lookup ignore case (users type "a/res/75/180") without a scan.
CREATE INDEX IF NOT EXISTS node_id_nocase ON node (id COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS node_most_cited ON node (kind, citers DESC, key);
CREATE INDEX IF NOT EXISTS node_unresolved ON node (citers DESC, key) WHERE kind = 0 AND ingested = 0;

-- Languages get one bit each, so an edge carries the set of versions it was found in as one integer.
CREATE TABLE IF NOT EXISTS language (
    bit   INTEGER PRIMARY KEY CHECK (bit BETWEEN 0 AND 62),
    code  TEXT NOT NULL UNIQUE
);

-- One ingested file: a language version of a document.
CREATE TABLE IF NOT EXISTS version (
    key           INTEGER PRIMARY KEY,
    doc           INTEGER NOT NULL REFERENCES node (key),
    language      TEXT    NOT NULL,
    title         TEXT,
    source        TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    ingested_at   INTEGER NOT NULL,  -- Unix milliseconds, UTC
    UNIQUE (doc, language)
);
CREATE INDEX IF NOT EXISTS version_hash ON version (content_hash);

-- CITES: one edge per (source, target, location); langs is the bit set of the versions stating it.
CREATE TABLE IF NOT EXISTS cites (
    key       INTEGER PRIMARY KEY,
    source    INTEGER NOT NULL REFERENCES node (key),
    target    INTEGER NOT NULL REFERENCES node (key),
    location  TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    footnote  TEXT,
    relation  TEXT,
    langs     INTEGER NOT NULL
);
-- Outgoing scans (what a text cites) and the upsert's conflict target.
CREATE UNIQUE INDEX IF NOT EXISTS cites_out ON cites (source, target, location);
-- Incoming scans (who cites it), ordered (target, source, key) for keyset pages of citers.
CREATE INDEX IF NOT EXISTS cites_in ON cites (target, source);

-- node.citers is kept by the writer (SqliteWriteSession), one UPDATE per target per batch: per-row triggers updated
-- the Charter once per citing edge, moving it in node_most_cited each time. Stores made before keep correct counts.
DROP TRIGGER IF EXISTS cites_count_insert;
DROP TRIGGER IF EXISTS cites_count_delete;

-- Footnote problems, per version.
CREATE TABLE IF NOT EXISTS orphan (
    key      INTEGER PRIMARY KEY,
    version  INTEGER NOT NULL REFERENCES version (key) ON DELETE CASCADE,
    marker   TEXT    NOT NULL,
    problem  TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS orphan_version ON orphan (version);

-- Every footnote, per version, in the order of the text (ordinal); replaced with its version, gone with it.
CREATE TABLE IF NOT EXISTS footnote (
    version     INTEGER NOT NULL REFERENCES version (key) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    marker      TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    referenced  INTEGER NOT NULL,
    defined     INTEGER NOT NULL,
    anchor      TEXT,
    PRIMARY KEY (version, ordinal)
) WITHOUT ROWID;

-- ADDENDUM_OF: A/HRC/44/44/Add.1 -> A/HRC/44/44.
CREATE TABLE IF NOT EXISTS addendum (
    doc     INTEGER PRIMARY KEY REFERENCES node (key),
    parent  INTEGER NOT NULL REFERENCES node (key)
);
CREATE INDEX IF NOT EXISTS addendum_parent ON addendum (parent);

-- Instruments: titles by language and ADOPTED_IN their UN document.
CREATE TABLE IF NOT EXISTS instrument_title (
    node      INTEGER NOT NULL REFERENCES node (key),
    language  TEXT    NOT NULL,
    title     TEXT    NOT NULL,
    PRIMARY KEY (node, language)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS adopted_in (
    instrument  INTEGER PRIMARY KEY REFERENCES node (key),
    document    INTEGER NOT NULL REFERENCES node (key)
);
CREATE INDEX IF NOT EXISTS adopted_in_document ON adopted_in (document);
