using System.Net;
using System.Text;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>Admin text fields with a NUL (which PostgreSQL refuses in text) are a 400, never a 500; found by the OpenAPI fuzz.</summary>
[Collection(AccessCollection.Name)]
public sealed class ControlCharacterTests(AccessFactory factory)
{
    [Theory]
    [InlineData("/api/v1/admin/shops/demo/api-keys", """{"name":"erp\u0000sync"}""")]
    [InlineData("/api/v1/admin/ip-blocks", """{"address":"192.0.2.251","reason":"scan\u0000ner"}""")]
    [InlineData("/api/v1/admin/shops/demo/gdpr/consents", """{"email":"anna@example.hu","purpose":"news\u0000letter","granted":true,"text_version":"v1"}""")]
    [InlineData("/api/v1/admin/sessions/0195f1d2-7c1e-7a00-8000-000000000001/reply?shop=demo", """{"text":"Szia!","staff":"An\u0000na"}""")]
    public async Task AControlCharacterInAnAdminTextFieldIsA400(string path, string json)
    {
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Admin-Key", FrontendFactory.AdminKey);

        using var response = await admin.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
