using System.Diagnostics;

namespace ChatBuddy.Frontend.Tests.Cli;

/// <summary>Runs <c>./chatbuddy</c> (the frontend assembly) as a real process with its output captured.</summary>
public static class CliProcess
{
    public static Process Start(string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string[] arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        using var process = Start(arguments, environment);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
