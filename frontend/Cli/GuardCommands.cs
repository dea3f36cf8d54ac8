using System.Globalization;
using ChatBuddy.Grains.Assistant;
using ChatBuddy.Grains.Assistant.Offline;
using ChatBuddy.Grains.Security.Guard;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace ChatBuddy.Frontend.Cli;

/// <summary><c>./chatbuddy eval guard FILE</c> and <c>./chatbuddy train guard DIR</c>.</summary>
public static class GuardCommands
{
    public static async Task<int> TrainAsync(string directory)
    {
        var files = new List<(string Name, byte[] Bytes)>();
        foreach (var path in Directory.GetFiles(Path.Combine(directory, "Data", "train"), "*.jsonl").Order(StringComparer.Ordinal))
        {
            files.Add((Path.GetFileName(path), await File.ReadAllBytesAsync(path)));
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var examples = GuardExample.FromFiles(files);
        var classifier = InjectionClassifier.Train(examples);
        await using (var model = File.Create(Path.Combine(directory, "injection-model.zip")))
        {
            classifier.Save(model);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "injection-model.sha256"), GuardExample.HashOf(files) + "\n");
        AnsiConsole.MarkupLineInterpolated(
            $"[green]✓[/] injection model trained on {examples.Count} examples ({examples.Count(e => e.IsInjection)} injections) in {started.Elapsed.TotalSeconds:0.0} s and written to {directory}");
        return 0;
    }

    public static async Task<int> EvalAsync(IConfiguration configuration, string file, string? modelFile = null)
    {
        var options = new GuardOptions();
        configuration.GetSection(GuardOptions.Section).Bind(options);
        options.Validate();
        var examples = await GuardEvaluation.ReadAsync(file);
        InjectionClassifier classifier;
        if (modelFile is null)
        {
            classifier = InjectionClassifier.LoadShipped();
        }
        else
        {
            await using var model = File.OpenRead(modelFile);
            classifier = InjectionClassifier.Load(model);
        }

        var judge = Judge(configuration, options);
        var outcomes = await GuardEvaluation.RunAsync(new MessageGuard(classifier, options, judge), examples);

        var table = new Table().AddColumns("detector", "precision", "recall", "F1", "false positives");
        AddRow(table, "rules", GuardScores.Of(outcomes, o => o.ByRules));
        AddRow(table, $"classifier ≥ {F(options.ClassifierThreshold)}", GuardScores.Of(outcomes, o => o.ByClassifier));
        if (judge is not null)
        {
            AddRow(table, $"model judge (scores ≥ {F(options.JudgeFrom)})", GuardScores.Of(outcomes, o => o.ByJudge));
        }

        var all = GuardScores.Of(outcomes, o => o.Flagged);
        AddRow(table, "[bold]guard (either)[/]", all);
        AnsiConsole.Write(table);
        foreach (var miss in outcomes.Where(o => o.Example.IsInjection && !o.Flagged))
        {
            AnsiConsole.MarkupLineInterpolated($"  missed injection: {miss.Example.Text}");
        }

        foreach (var wrong in outcomes.Where(o => !o.Example.IsInjection && o.Flagged))
        {
            AnsiConsole.MarkupLineInterpolated($"  false positive ({(wrong.ByRules ? "rules" : "classifier")}): {wrong.Example.Text}");
        }

        Console.WriteLine(
            $"precision={F(all.Precision)} recall={F(all.Recall)} f1={F(all.F1)} false_positive_rate={F(all.FalsePositiveRate)} injections={all.Injections} ordinary={all.Ordinary}");
        return 0;
    }

    /// <summary>The guard's model judge when a language model is configured (ChatBuddy:Ai), as the server would use it.</summary>
    private static InjectionJudge? Judge(IConfiguration configuration, GuardOptions options)
    {
        var ai = new AssistantOptions();
        configuration.GetSection(AssistantOptions.Section).Bind(ai);
        return options.Judge && !ai.IsOffline
            ? new InjectionJudge(ChatClientFactory.Create(ai, new ReplyTemplates(), TimeProvider.System), options, NullLogger<InjectionJudge>.Instance)
            : null;
    }

    private static void AddRow(Table table, string name, GuardScores scores) => table.AddRow(
        name,
        F(scores.Precision),
        F(scores.Recall),
        F(scores.F1),
        $"{scores.FalsePositives}/{scores.Ordinary} ({F(scores.FalsePositiveRate)})");

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
