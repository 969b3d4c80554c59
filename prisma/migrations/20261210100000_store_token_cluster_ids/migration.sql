-- Token clusters were cluster names — they are now cluster ids (so a rename keeps them) or '*'.
-- Named clusters that do not exist yet are registered so each token keeps its meaning.
-- Tokens without clusters are given '*' by the API at start-up, which warns about each.
INSERT INTO "cluster" ("name")
SELECT DISTINCT n FROM "api_token", unnest("clusters") AS n WHERE n <> '*'
ON CONFLICT ("name") DO NOTHING;

UPDATE "api_token" t SET "clusters" = (
  SELECT array_agg(CASE WHEN n = '*' THEN '*' ELSE c."id"::text END ORDER BY n)
  FROM unnest(t."clusters") AS n LEFT JOIN "cluster" c ON c."name" = n
) WHERE cardinality(t."clusters") > 0;
