namespace ChatBuddy.Grains.Import;

/// <summary>Turns one JSON line into a validated record, or records on the report why it cannot be one.</summary>
public static class JsonLineParser
{
    public static T? Parse<T>(JsonLine line, ImportReport report, Func<JsonFields, T> parse)
        where T : class
    {
        if (line.ReadError is { } readError)
        {
            report.Reject(line.Number, readError);
            return null;
        }

        if (!JsonFields.TryParse(line.Text!, out var fields, out var jsonError))
        {
            report.Reject(line.Number, jsonError!);
            return null;
        }

        try
        {
            return parse(fields!);
        }
        catch (ImportFieldException ex)
        {
            report.Reject(line.Number, ex.Message);
            return null;
        }
    }
}
