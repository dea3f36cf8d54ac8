using System.Diagnostics;
using ChatBuddy.Grains.Import;

namespace ChatBuddy.Grains.Catalog.Feeds;

/// <summary>
/// Imports a Google Merchant product feed (RSS 2.0 or Atom with the <c>g:</c> namespace, as Hungarian
/// shops publish for Árukereső and Google Shopping): items are validated one by one and written by the
/// product importer, so bad items are reported by number and good ones land.
/// </summary>
public sealed class GoogleFeedImporter(ProductImporter products)
{
    public async Task<ImportReport> ImportAsync(string shopId, Stream feed, IProgress<int>? itemsRead = null, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var clock = Stopwatch.StartNew();
        var categories = new CategoryCache(shopId);
        var batch = new List<ProductRecord>();
        var skus = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await foreach (var item in GoogleFeedReader.ReadAsync(feed, cancellationToken))
            {
                report.CountRead();
                itemsRead?.Report(item.Number);
                if (item.Error is { } error)
                {
                    report.Reject(item.Number, error);
                    continue;
                }

                if (!skus.Add(item.Record!.Sku))
                {
                    report.Reject(item.Number, $"duplicate g:id '{item.Record.Sku}' (the first one was kept)");
                    continue;
                }

                batch.Add(item.Record);
                if (batch.Count >= ProductImporter.BatchSize)
                {
                    await products.UpsertAsync(shopId, batch, categories, report, cancellationToken);
                    batch.Clear();
                }
            }
        }
        catch (System.Xml.XmlException ex)
        {
            report.Reject(report.Read + 1, $"the feed is not well-formed XML: {ex.Message}");
        }

        await products.UpsertAsync(shopId, batch, categories, report, cancellationToken);
        await products.RefreshSearchTermsAsync(shopId, cancellationToken);
        report.Elapsed = clock.Elapsed;
        return report;
    }
}
