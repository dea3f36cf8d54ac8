using Dapper;
using Npgsql;

namespace ChatBuddy.Grains.Catalog;

/// <summary>Maps category paths to ids for one import, creating missing categories (and their parents) on first sight.</summary>
public sealed class CategoryCache(string shopId)
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private bool _loaded;

    public async Task<IReadOnlyDictionary<string, long>> ResolveAsync(NpgsqlConnection connection, IEnumerable<string?> paths, CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            var existing = await connection.QueryAsync<(string Path, long Id)>(new CommandDefinition(
                "SELECT path, id FROM product_categories WHERE shop_id = @shopId", new { shopId }, cancellationToken: cancellationToken));
            foreach (var (path, id) in existing)
            {
                _ids[path] = id;
            }

            _loaded = true;
        }

        var missing = paths.OfType<string>().Distinct(StringComparer.Ordinal)
            .SelectMany(CategoryPath.Prefixes)
            .Where(p => !_ids.ContainsKey(p))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p.Split(CategoryPath.Separator).Length)
            .ToList();
        foreach (var path in missing)
        {
            var parts = CategoryPath.Split(path);
            var parent = parts.Length > 1 ? _ids[string.Join(CategoryPath.Separator, parts[..^1])] : (long?)null;
            _ids[path] = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO product_categories (shop_id, parent_id, name, path, depth) VALUES (@shopId, @parent, @name, @path, @depth)
                ON CONFLICT (shop_id, path) DO UPDATE SET name = excluded.name
                RETURNING id
                """,
                new { shopId, parent, name = parts[^1], path, depth = parts.Length - 1 },
                cancellationToken: cancellationToken));
        }

        return _ids;
    }
}
