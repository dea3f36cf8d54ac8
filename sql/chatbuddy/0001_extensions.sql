-- Extensions the product needs: pgvector (embeddings), pg_trgm (typo tolerance), unaccent (accent-folded search).
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; generated columns and indexes need an IMMUTABLE wrapper bound to one dictionary.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The shop and customer a transaction acts for (set with set_config(..., true) by the application).
CREATE OR REPLACE FUNCTION app_current_shop() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('chatbuddy.shop_id', true), '') $$;

CREATE OR REPLACE FUNCTION app_current_customer() RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('chatbuddy.customer_id', true), '')::bigint $$;
