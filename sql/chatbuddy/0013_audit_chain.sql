-- The audit log as hash chains: one chain per shop (and one for events without a shop). Each row stores
-- its place in the chain, the previous row's hash and SHA-256 over its own canonical text, so an edited,
-- inserted or deleted row breaks the chain; the chain head kept beside it catches a deleted tail.
ALTER TABLE audit_logs ADD COLUMN chain text, ADD COLUMN chain_seq bigint;
ALTER TABLE audit_logs DISABLE TRIGGER audit_logs_no_update;
UPDATE audit_logs SET chain = coalesce(shop_id, ''), chain_seq = id WHERE chain IS NULL;
ALTER TABLE audit_logs ENABLE TRIGGER audit_logs_no_update;
ALTER TABLE audit_logs ALTER COLUMN chain SET NOT NULL, ALTER COLUMN chain_seq SET NOT NULL;
CREATE UNIQUE INDEX audit_logs_chain_seq_key ON audit_logs (chain, chain_seq);

CREATE TABLE audit_chain_heads (
    chain     text PRIMARY KEY,
    chain_seq bigint NOT NULL,
    hash      bytea NOT NULL
);

-- What the hash covers, in a form the verifier rebuilds byte for byte: fields joined by a unit separator,
-- the time as microseconds since the Unix epoch, details as PostgreSQL's normalised jsonb text.
CREATE FUNCTION audit_canonical(chain text, chain_seq bigint, occurred_at timestamptz, actor text, action text,
                                subject text, details jsonb, prev_hash bytea) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws(chr(31), chain, chain_seq::text,
                     ((extract(epoch FROM occurred_at) * 1000000)::bigint)::text,
                     actor, action, coalesce(subject, ''), details::text, coalesce(encode(prev_hash, 'hex'), ''))
$$;

-- Appends one event to its shop's chain. The transaction-scoped advisory lock serialises writers of one
-- chain, so the sequence has no gaps and no forks; a rolled-back append releases its place.
CREATE FUNCTION audit_append(p_shop_id text, p_actor text, p_action text, p_subject text, p_details jsonb)
    RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_chain text := coalesce(p_shop_id, '');
    v_seq bigint;
    v_prev bytea;
    v_at timestamptz := date_trunc('microseconds', clock_timestamp());
    v_hash bytea;
    v_id bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || v_chain, 0));
    SELECT h.chain_seq, h.hash INTO v_seq, v_prev FROM audit_chain_heads h WHERE h.chain = v_chain;
    v_seq := coalesce(v_seq, 0) + 1;
    v_hash := sha256(convert_to(audit_canonical(v_chain, v_seq, v_at, p_actor, p_action, p_subject,
                                                coalesce(p_details, '{}'::jsonb), v_prev), 'UTF8'));
    INSERT INTO audit_logs (shop_id, occurred_at, actor, action, subject, details, prev_hash, hash, chain, chain_seq)
    VALUES (p_shop_id, v_at, p_actor, p_action, p_subject, coalesce(p_details, '{}'::jsonb), v_prev, v_hash, v_chain, v_seq)
    RETURNING id INTO v_id;
    INSERT INTO audit_chain_heads (chain, chain_seq, hash) VALUES (v_chain, v_seq, v_hash)
    ON CONFLICT (chain) DO UPDATE SET chain_seq = excluded.chain_seq, hash = excluded.hash;
    RETURN v_id;
END $$;

CREATE TRIGGER audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION audit_logs_append_only();

GRANT SELECT, INSERT, UPDATE ON audit_chain_heads TO chatbuddy_app;
