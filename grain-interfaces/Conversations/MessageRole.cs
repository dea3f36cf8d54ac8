namespace ChatBuddy.GrainInterfaces.Conversations;

[GenerateSerializer, Alias("chatbuddy.MessageRole")]
public enum MessageRole
{
    User = 0,
    Assistant = 1,
    Human = 2,
    System = 3,
}
