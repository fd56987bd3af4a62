// Entities per kind; placeholders (no sha256) are not records and are not counted.
RETURN COUNT { MATCH (n:Artist) WHERE n.sha256 IS NOT NULL } AS artists,
       COUNT { MATCH (n:Label) WHERE n.sha256 IS NOT NULL } AS labels,
       COUNT { MATCH (n:Master) WHERE n.sha256 IS NOT NULL } AS masters,
       COUNT { MATCH (n:Release) WHERE n.sha256 IS NOT NULL } AS releases,
       COUNT { MATCH (n:Genre) } AS genres,
       COUNT { MATCH (n:Style) } AS styles
