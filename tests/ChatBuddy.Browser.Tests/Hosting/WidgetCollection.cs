namespace ChatBuddy.Browser.Tests.Hosting;

/// <summary>One frontend and one Chromium shared by the widget tests (each test takes its own browser profile).</summary>
[CollectionDefinition(Name)]
public sealed class WidgetCollection : ICollectionFixture<FrontendServer>, ICollectionFixture<Chromium>
{
    public const string Name = "widget";
}
