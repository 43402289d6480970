-- PostgreSQL only. The audit log refuses UPDATE and DELETE at the database, not only in code.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Le journal d''audit est en ajout seul / the audit log is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Text sorts byte by byte, as in DuckDB, whatever the database's default collation (fr_FR, en_US…):
-- both engines must return rows in the same order. Tables are still empty here.
DO $$
DECLARE
    col record;
BEGIN
    FOR col IN
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type = 'text' AND table_name <> 'schema_version'
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE "C"', col.table_name, col.column_name);
    END LOOP;
END;
$$;

-- Indexes for the replace-by-key deletes and reads. DuckDB relies on its zone maps instead: its
-- indexes are only for constraints there.
CREATE INDEX ix_staging_source_facility_source ON staging_source_facility (source);
CREATE INDEX ix_staging_worker_role_source ON staging_worker_role (source);
CREATE INDEX ix_staging_worker_role_loaded_at ON staging_worker_role (loaded_at);
CREATE INDEX ix_fact_staff_period ON fact_staff (period);
CREATE INDEX ix_fact_service_volume_period ON fact_service_volume (period);
CREATE INDEX ix_result_indicator_value_period ON result_indicator_value (period);
