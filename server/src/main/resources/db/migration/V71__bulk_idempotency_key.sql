-- Idempotency-Key for bulk uploads: a retry with the key of a finished or running upload answers with
-- that upload instead of loading the file again. A failed upload stored nothing and frees its key.
ALTER TABLE bulk_intake_job ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX bulk_intake_job_idempotency_key ON bulk_intake_job (organisation_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL AND status <> 'FAILED';
