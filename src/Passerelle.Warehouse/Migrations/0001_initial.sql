-- Passerelle warehouse, version 1. Written once for both engines (DuckDB and PostgreSQL):
-- only types and syntax both accept. Times are UTC in TIMESTAMP columns.

-- Run ledger
CREATE TABLE run (
    run_id      TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status      TEXT NOT NULL,
    error       TEXT
);

CREATE TABLE run_stage (
    run_id         TEXT NOT NULL,
    stage          TEXT NOT NULL,
    position       INTEGER NOT NULL,
    status         TEXT NOT NULL,
    items_read     BIGINT NOT NULL,
    items_written  BIGINT NOT NULL,
    items_rejected BIGINT NOT NULL,
    duration_us    BIGINT NOT NULL,
    error          TEXT,
    PRIMARY KEY (run_id, stage)
);

CREATE TABLE run_watermark (
    run_id    TEXT NOT NULL,
    source    TEXT NOT NULL,
    watermark TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, source)
);

-- Audit log (append-only)
CREATE SEQUENCE audit_event_seq START 1;

CREATE TABLE audit_event (
    seq         BIGINT DEFAULT nextval('audit_event_seq') PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT,
    details     TEXT
);

-- Staging
CREATE TABLE staging_source_facility (
    source        TEXT NOT NULL,
    source_id     TEXT NOT NULL,
    name          TEXT NOT NULL,
    type_label    TEXT,
    facility_type TEXT NOT NULL,
    region        TEXT,
    district      TEXT,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    codes_json    TEXT NOT NULL,
    loaded_at     TIMESTAMP NOT NULL
);

CREATE TABLE staging_worker_role (
    source             TEXT NOT NULL,
    worker_pseudonym   TEXT NOT NULL,
    role_id            TEXT NOT NULL,
    facility_source_id TEXT,
    job_code           TEXT,
    job_title          TEXT,
    cadre_code         TEXT,
    sex                TEXT NOT NULL,
    birth_year         INTEGER,
    employment_status  TEXT NOT NULL,
    start_date         DATE,
    end_date           DATE,
    active             BOOLEAN NOT NULL,
    loaded_at          TIMESTAMP NOT NULL
);

CREATE TABLE staging_registry_facility (
    code                 TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    facility_type        TEXT NOT NULL,
    region               TEXT,
    district             TEXT,
    latitude             DOUBLE PRECISION,
    longitude            DOUBLE PRECISION,
    catchment_population BIGINT,
    status               TEXT NOT NULL,
    loaded_at            TIMESTAMP NOT NULL
);

CREATE TABLE quarantine_row (
    run_id        TEXT,
    file          TEXT NOT NULL,
    row_number    BIGINT NOT NULL,
    column_name   TEXT,
    reason        TEXT NOT NULL,
    raw_line_hash TEXT NOT NULL,
    recorded_at   TIMESTAMP NOT NULL
);

CREATE TABLE import_ledger (
    content_hash TEXT PRIMARY KEY,
    file_name    TEXT NOT NULL,
    kind         TEXT NOT NULL,
    row_count    BIGINT NOT NULL,
    imported_at  TIMESTAMP NOT NULL
);

-- Crosswalk
CREATE TABLE facility_link (
    golden_id        TEXT NOT NULL,
    source           TEXT NOT NULL,
    source_id        TEXT NOT NULL,
    score            DOUBLE PRECISION NOT NULL,
    status           TEXT NOT NULL,
    explanation_json TEXT NOT NULL,
    decided_by       TEXT NOT NULL,
    decided_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (golden_id, source, source_id)
);

CREATE TABLE cadre_mapping (
    source           TEXT NOT NULL,
    job_key          TEXT NOT NULL,
    job_title        TEXT,
    cadre_code       TEXT NOT NULL,
    score            DOUBLE PRECISION NOT NULL,
    status           TEXT NOT NULL,
    explanation_json TEXT NOT NULL,
    decided_by       TEXT NOT NULL,
    decided_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (source, job_key)
);

-- Dimensions
CREATE TABLE dim_admin_unit (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    admin_level INTEGER NOT NULL,
    parent_code TEXT
);

CREATE TABLE dim_facility (
    golden_id     TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    facility_type TEXT NOT NULL,
    region_code   TEXT,
    district_code TEXT,
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION
);

CREATE TABLE dim_cadre (
    code       TEXT PRIMARY KEY,
    french     TEXT NOT NULL,
    english    TEXT NOT NULL,
    isco08     TEXT NOT NULL,
    nhwa_group TEXT NOT NULL
);

CREATE TABLE dim_period (
    code        TEXT PRIMARY KEY,
    period_type TEXT NOT NULL,
    start_date  DATE NOT NULL,
    end_date    DATE NOT NULL
);

-- Facts
CREATE TABLE fact_staff (
    period            TEXT NOT NULL,
    snapshot_date     DATE NOT NULL,
    facility_id       TEXT NOT NULL,
    cadre_code        TEXT NOT NULL,
    sex               TEXT NOT NULL,
    employment_status TEXT NOT NULL,
    headcount         INTEGER NOT NULL
);

CREATE TABLE fact_service_volume (
    data_element_code TEXT NOT NULL,
    period            TEXT NOT NULL,
    facility_id       TEXT NOT NULL,
    volume            DOUBLE PRECISION NOT NULL
);

CREATE TABLE norm_staffing (
    version           TEXT NOT NULL,
    valid_from        DATE NOT NULL,
    valid_to          DATE,
    facility_type     TEXT NOT NULL,
    cadre_code        TEXT NOT NULL,
    minimum_headcount INTEGER NOT NULL,
    is_assumption     BOOLEAN NOT NULL,
    source            TEXT NOT NULL
);

CREATE TABLE norm_coverage (
    version       TEXT NOT NULL,
    code          TEXT NOT NULL,
    facility_type TEXT NOT NULL,
    cadre_code    TEXT,
    norm_value    DOUBLE PRECISION NOT NULL,
    unit          TEXT NOT NULL,
    valid_from    DATE NOT NULL,
    valid_to      DATE,
    source        TEXT NOT NULL
);

CREATE TABLE fact_population (
    unit_code       TEXT NOT NULL,
    population_year INTEGER NOT NULL,
    total           BIGINT NOT NULL,
    women_15_49     BIGINT,
    PRIMARY KEY (unit_code, population_year)
);

-- Results
CREATE TABLE result_indicator_value (
    indicator_code     TEXT NOT NULL,
    period             TEXT NOT NULL,
    org_level          TEXT NOT NULL,
    unit_id            TEXT NOT NULL,
    disaggregation_key TEXT NOT NULL,
    indicator_value    DOUBLE PRECISION,
    numerator          DOUBLE PRECISION,
    denominator        DOUBLE PRECISION,
    suppressed         BOOLEAN NOT NULL
);

-- DHIS2 push ledger
CREATE TABLE push (
    push_id        TEXT PRIMARY KEY,
    run_id         TEXT,
    target         TEXT NOT NULL,
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP,
    status         TEXT NOT NULL,
    planned_chunks INTEGER NOT NULL
);

CREATE TABLE push_chunk (
    push_id      TEXT NOT NULL,
    chunk_index  INTEGER NOT NULL,
    payload_hash TEXT NOT NULL,
    status       TEXT NOT NULL,
    imported     INTEGER NOT NULL,
    updated      INTEGER NOT NULL,
    ignored      INTEGER NOT NULL,
    deleted      INTEGER NOT NULL,
    error        TEXT,
    recorded_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (push_id, chunk_index)
);

CREATE TABLE pushed_value (
    data_element          TEXT NOT NULL,
    period                TEXT NOT NULL,
    org_unit              TEXT NOT NULL,
    category_option_combo TEXT NOT NULL,
    pushed_value          TEXT NOT NULL,
    PRIMARY KEY (data_element, period, org_unit, category_option_combo)
);
