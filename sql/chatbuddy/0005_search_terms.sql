-- The words of each shop's catalogue (accent-folded, from names, brands and categories) with how many
-- products use them. Misspelled query words are corrected against this small table (trigram
-- nearest words) instead of comparing the query with every product.
CREATE TABLE search_terms (
    shop_id   text NOT NULL REFERENCES shops (id) ON DELETE CASCADE,
    term      text NOT NULL,
    products  integer NOT NULL,
    PRIMARY KEY (shop_id, term)
);
CREATE INDEX search_terms_trgm_idx ON search_terms USING gist (term gist_trgm_ops);

CREATE OR REPLACE FUNCTION refresh_search_terms(shop text) RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
    written integer;
BEGIN
    DELETE FROM search_terms WHERE shop_id = shop;
    INSERT INTO search_terms (shop_id, term, products)
    SELECT shop, word, ndoc
    FROM ts_stat(format('SELECT search_folded FROM products WHERE shop_id = %L AND is_active', shop))
    WHERE length(word) >= 3 AND word ~ '^[a-z]+$';
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END $$;

-- Typo tolerance now works on the word list; the per-product trigram indexes only slowed imports.
DROP INDEX IF EXISTS products_search_text_trgm_idx;
DROP INDEX IF EXISTS products_name_trgm_idx;
