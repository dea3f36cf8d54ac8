using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace ChatBuddy.Frontend.Hosting;

/// <summary>
/// Serves wwwroot: <c>/widget.js</c> (the embeddable chat) and <c>/</c> (the demo shop page). The files
/// are read from beside the binary, because <c>./chatbuddy</c> runs with the repository root as its
/// working directory.
/// </summary>
public static class StaticSiteExtensions
{
    public static WebApplication UseChatBuddyStaticSite(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!Directory.Exists(root))
        {
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                // Shops embed /widget.js by a fixed URL: browsers revalidate (ETag) so an upgrade reaches them.
                context.Context.Response.Headers.CacheControl = "no-cache";
                context.Context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            },
        });
        return app;
    }
}
