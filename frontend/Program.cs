using ChatBuddy.Frontend.Cli;
using ChatBuddy.Frontend.Hosting;

if (ChatBuddyCli.IsCommand(args))
{
    return await ChatBuddyCli.RunAsync(args);
}

var app = ChatBuddyWebApp.Build(args);
await app.RunAsync();
return 0;
