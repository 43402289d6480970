-- Passerelle warehouse, version 4: data-quality findings of the sources (iHRIS reader checks,
-- Carte sanitaire import findings), per run. "location" says where (a role or job id, file:row [column]),
-- never personal data.
CREATE TABLE source_finding (
    run_id      TEXT NOT NULL,
    source      TEXT NOT NULL,
    location    TEXT NOT NULL,
    code        TEXT NOT NULL,
    message_fr  TEXT NOT NULL,
    message_en  TEXT NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);

CREATE INDEX source_finding_run ON source_finding (run_id);
