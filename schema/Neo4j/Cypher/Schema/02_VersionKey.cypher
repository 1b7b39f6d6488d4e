// One version per (document, language): key = "documentId|language".
CREATE CONSTRAINT version_key IF NOT EXISTS
FOR (v:Version) REQUIRE v.key IS UNIQUE
