// Credits come only from the release's own extra artists: a changed release's credits are replaced.
UNWIND $ids AS id
MATCH (:Person)-[c:CREDITED_ON]->(:Release {id: id})
DELETE c
