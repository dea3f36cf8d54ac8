-- Hybrid product search: per-model embeddings (any dimension, never mixed), a folded search text
-- for trigram typo tolerance, and the effective price filters and sorting use.

-- Embeddings of several models can coexist; each model gets its own partial HNSW index on a typed
-- expression (created by the application the first time a model is used, see EmbeddingIndex).
DROP INDEX IF EXISTS product_embeddings_hnsw_idx;
ALTER TABLE product_embeddings DROP CONSTRAINT IF EXISTS product_embeddings_dimensions_check;
ALTER TABLE product_embeddings ALTER COLUMN embedding TYPE vector USING embedding::vector;
ALTER TABLE product_embeddings ADD CONSTRAINT product_embeddings_dimensions_check
    CHECK (dimensions BETWEEN 1 AND 2000 AND vector_dims(embedding) = dimensions);
CREATE INDEX product_embeddings_model_idx ON product_embeddings (model, shop_id);
CREATE INDEX product_embeddings_hnsw_hashgram384v1_idx ON product_embeddings
    USING hnsw ((embedding::vector(384)) vector_cosine_ops) WHERE model = 'hashgram-384-v1';

-- Everything a shopper may type about a product, lower-cased and accent-folded.
ALTER TABLE products ADD COLUMN category_path text NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN search_text text GENERATED ALWAYS AS (
    f_unaccent(lower(name || ' ' || coalesce(brand, '') || ' ' || category_path))) STORED;
-- GiST, not GIN: the typo list asks for the nearest names (ORDER BY <<->), which only GiST answers
-- without scoring every row that shares a trigram.
CREATE INDEX products_search_text_trgm_idx ON products USING gist (search_text gist_trgm_ops);

ALTER TABLE products ADD COLUMN effective_price integer GENERATED ALWAYS AS (coalesce(sale_price, price)) STORED;
CREATE INDEX products_shop_price_idx ON products (shop_id, effective_price);
CREATE INDEX products_shop_category_path_idx ON products (shop_id, category_path);
CREATE INDEX products_attributes_idx ON products USING gin (attributes jsonb_path_ops);

UPDATE products p SET category_path = c.path FROM product_categories c WHERE c.id = p.category_id;

-- Full text over name, brand, category and description: the Hungarian stemmer for accented text and
-- a folded 'simple' variant for shoppers who type without accents.
ALTER TABLE products DROP COLUMN search_tsv, DROP COLUMN search_folded;
ALTER TABLE products ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('hungarian', name), 'A') ||
    setweight(to_tsvector('hungarian', coalesce(brand, '') || ' ' || category_path), 'B') ||
    setweight(to_tsvector('hungarian', left(description, 4000)), 'C')) STORED;
-- The folded variant leaves the description out: it halves the text-search work on import, and
-- accent-less description words are still reached through trigram and vector similarity.
ALTER TABLE products ADD COLUMN search_folded tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', f_unaccent(lower(name))), 'A') ||
    setweight(to_tsvector('simple', f_unaccent(lower(coalesce(brand, '') || ' ' || category_path))), 'B')) STORED;
CREATE INDEX products_search_tsv_idx ON products USING gin (search_tsv);
CREATE INDEX products_search_folded_idx ON products USING gin (search_folded);

-- Embeddings already computed, by model and text hash: the same text is never embedded twice.
CREATE TABLE embedding_cache (
    model       text NOT NULL,
    text_hash   text NOT NULL,
    embedding   vector NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (model, text_hash)
);

-- The text an embedding is made from; its md5 decides whether a product needs re-embedding. Name,
-- brand, category and attribute values: the description's many generic words dilute the vector
-- (measured on the evaluation set, docs/search/README.md).
CREATE OR REPLACE FUNCTION product_embedding_text(p products) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT p.name || '. ' || coalesce(p.brand, '') || '. ' || p.category_path || '. '
        || coalesce((SELECT string_agg(value, ', ' ORDER BY key) FROM jsonb_each_text(p.attributes)), '')
    $$;
