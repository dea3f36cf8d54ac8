namespace ChatBuddy.Grains.Import;

/// <summary>One line of a JSON Lines file: its 1-based number and text, or why it could not be read.</summary>
public readonly record struct JsonLine(int Number, string? Text, string? ReadError);
