using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace ChatBuddy.Tests.Emulators;

/// <summary>
/// One scripted reply in the Chat Completions wire format: a <c>chat.completion</c> object, or a
/// <c>text/event-stream</c> of <c>chat.completion.chunk</c> objects ending with <c>data: [DONE]</c>.
/// </summary>
internal sealed partial class ChatCompletionResponse
{
    private const int ArgumentCharactersPerChunk = 8;
    private static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ChatRequestView _request;
    private readonly ScriptedReply _reply;
    private readonly string _id = "chatcmpl-" + Guid.NewGuid().ToString("N")[..29];
    private readonly long _created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    private readonly List<string> _toolCallIds;

    public ChatCompletionResponse(ChatRequestView request, ScriptedReply reply)
    {
        _request = request;
        _reply = reply;
        _toolCallIds = reply.ToolCalls.Select(_ => "call_" + Guid.NewGuid().ToString("N")[..24]).ToList();
    }

    private string FinishReason => _reply.ToolCalls.Count > 0 ? "tool_calls" : "stop";

    public IResult Completion()
    {
        var message = new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = _reply.Content,
            ["refusal"] = null,
            ["annotations"] = new JsonArray(),
        };
        if (_reply.ToolCalls.Count > 0)
        {
            message["tool_calls"] = new JsonArray(_reply.ToolCalls.Select((call, i) => (JsonNode)new JsonObject
            {
                ["id"] = _toolCallIds[i],
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.ArgumentsJson },
            }).ToArray());
        }

        var completion = Envelope("chat.completion");
        completion["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = message,
            ["logprobs"] = null,
            ["finish_reason"] = FinishReason,
        });
        completion["usage"] = Usage();
        return Results.Text(completion.ToJsonString(Wire), "application/json", Encoding.UTF8);
    }

    public IResult Stream(TimeSpan betweenChunks, CancellationToken cancellationToken) =>
        Results.Stream(
            async body =>
            {
                var first = true;
                foreach (var chunk in Chunks())
                {
                    if (!first)
                    {
                        await Task.Delay(betweenChunks, cancellationToken);
                    }

                    first = false;
                    await body.WriteAsync(Encoding.UTF8.GetBytes($"data: {chunk.ToJsonString(Wire)}\n\n"), cancellationToken);
                    await body.FlushAsync(cancellationToken);
                }

                await body.WriteAsync("data: [DONE]\n\n"u8.ToArray(), cancellationToken);
            },
            "text/event-stream; charset=utf-8");

    private IEnumerable<JsonObject> Chunks()
    {
        var deltas = new List<JsonObject>();
        if (_reply.Content is not null)
        {
            deltas.Add(new JsonObject { ["role"] = "assistant", ["content"] = "", ["refusal"] = null });
            deltas.AddRange(TextPieces(_reply.Content).Select(piece => new JsonObject { ["content"] = piece }));
        }

        for (var i = 0; i < _reply.ToolCalls.Count; i++)
        {
            var opening = ToolCallDelta(i, new JsonObject
            {
                ["id"] = _toolCallIds[i],
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = _reply.ToolCalls[i].Name, ["arguments"] = "" },
            });
            if (deltas.Count == 0)
            {
                opening.Insert(0, "role", "assistant");
                opening.Insert(1, "content", null);
                opening["refusal"] = null;
            }

            deltas.Add(opening);
            deltas.AddRange(ArgumentPieces(_reply.ToolCalls[i].ArgumentsJson)
                .Select(piece => ToolCallDelta(i, new JsonObject { ["function"] = new JsonObject { ["arguments"] = piece } })));
        }

        foreach (var delta in deltas)
        {
            yield return Chunk(delta, finishReason: null);
        }

        yield return Chunk([], FinishReason);
        if (_request.IncludeUsage)
        {
            var usage = Envelope("chat.completion.chunk");
            usage["choices"] = new JsonArray();
            usage["usage"] = Usage();
            yield return usage;
        }
    }

    private static JsonObject ToolCallDelta(int index, JsonObject call)
    {
        call.Insert(0, "index", index);
        return new JsonObject { ["tool_calls"] = new JsonArray(call) };
    }

    private JsonObject Chunk(JsonObject delta, string? finishReason)
    {
        var chunk = Envelope("chat.completion.chunk");
        chunk["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        });
        if (_request.IncludeUsage)
        {
            chunk["usage"] = null;
        }

        return chunk;
    }

    private JsonObject Envelope(string objectName) => new()
    {
        ["id"] = _id,
        ["object"] = objectName,
        ["created"] = _created,
        ["model"] = _request.Model,
        ["service_tier"] = "default",
        ["system_fingerprint"] = "fp_emulator",
    };

    // Token counts are deterministic stand-ins: one per word of the prompt, one per streamed piece of the reply.
    private JsonObject Usage()
    {
        var prompt = _request.Messages.Sum(m => TextPieces(m.Content ?? "").Count() + m.ToolCalls.Sum(c => ArgumentPieces(c.ArgumentsJson).Count()));
        var completion = TextPieces(_reply.Content ?? "").Count() + _reply.ToolCalls.Sum(c => ArgumentPieces(c.ArgumentsJson).Count());
        return new JsonObject
        {
            ["prompt_tokens"] = prompt,
            ["completion_tokens"] = completion,
            ["total_tokens"] = prompt + completion,
            ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = 0, ["audio_tokens"] = 0 },
            ["completion_tokens_details"] = new JsonObject
            {
                ["reasoning_tokens"] = 0,
                ["audio_tokens"] = 0,
                ["accepted_prediction_tokens"] = 0,
                ["rejected_prediction_tokens"] = 0,
            },
        };
    }

    /// <summary>Words with their leading whitespace, the way tokens arrive; together they are the text.</summary>
    private static IEnumerable<string> TextPieces(string text) => WordWithLeadingSpace().Matches(text).Select(m => m.Value);

    /// <summary>Short runs of the JSON text that never split a character, as a model streams arguments.</summary>
    private static IEnumerable<string> ArgumentPieces(string json)
    {
        var elements = StringInfo.GetTextElementEnumerator(json);
        var piece = new StringBuilder();
        while (elements.MoveNext())
        {
            piece.Append(elements.GetTextElement());
            if (piece.Length >= ArgumentCharactersPerChunk)
            {
                yield return piece.ToString();
                piece.Clear();
            }
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    [GeneratedRegex(@"\s*\S+|\s+$")]
    private static partial Regex WordWithLeadingSpace();
}
