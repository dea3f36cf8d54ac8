namespace ChatBuddy.Frontend.Api;

/// <summary>
/// Free text a request may hand to storage: no control characters. PostgreSQL refuses a NUL in a text
/// column, so an unchecked one is a 500 instead of the 400 it should be.
/// </summary>
public static class InputText
{
    public static bool IsPlain(string? text) => text is null || !text.Any(char.IsControl);
}
