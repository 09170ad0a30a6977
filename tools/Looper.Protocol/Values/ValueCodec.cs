using System.Globalization;
using System.Text.Json;
using Looper.Protocol.Peering;
using Looper.Protocol.Proxies;
using Looper.Protocol.Wire;

namespace Looper.Protocol.Values;

/// <summary>Write and read the values of spec/protocol.md section 4: plain JSON for null, booleans and strings, tagged objects for numbers, times, futures and handles.</summary>
/// <param name="session">The session whose handles the values refer to.</param>
internal sealed class ValueCodec(Session session)
{
    private static readonly string[] StatusNames = Enum.GetNames<FutureStatus>();

    private string LocalName => SideName(session.Local);

    private string RemoteName => SideName(session.Local == Side.Judge ? Side.Host : Side.Judge);

    /// <summary>Name a side as on the wire.</summary>
    /// <param name="side">The side.</param>
    /// <returns><c>judge</c> or <c>host</c>.</returns>
    public static string SideName(Side side) => side == Side.Judge ? "judge" : "host";

    /// <summary>Write one value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value; an object that is not a plain value crosses as a handle.</param>
    public void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                Tagged(writer, "i32", w => w.WriteNumberValue(number));
                break;
            case long number:
                Tagged(writer, "i64", w => w.WriteNumberValue(number));
                break;
            case double number:
                Tagged(writer, "f64", w =>
                {
                    if (double.IsFinite(number))
                    {
                        w.WriteNumberValue(number);
                    }
                    else
                    {
                        w.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                    }
                });
                break;
            case TimeSpan span:
                Tagged(writer, "span", w => w.WriteNumberValue(span.Ticks));
                break;
            case DateTimeOffset time:
                WriteTime(writer, time);
                break;
            case Future future:
                WriteFuture(writer, future);
                break;
            default:
                WriteHandle(writer, value);
                break;
        }
    }

    /// <summary>Read one value.</summary>
    /// <param name="element">The JSON of the value.</param>
    /// <returns>The value; a handle of this side gives back the very object it stands for, one of the other side its one proxy.</returns>
    /// <exception cref="ProtocolViolationException">The JSON is not a value of the protocol.</exception>
    public object? Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Object:
                break;
            default:
                throw Violation("a bare number or array is not a value; numbers are tagged, as {\"i32\": 5}", element);
        }

        if (element.TryGetProperty("ref", out var handle))
        {
            return ReadHandle(element, handle);
        }

        if (element.TryGetProperty("future", out var future))
        {
            return ReadFuture(future);
        }

        if (element.TryGetProperty("i32", out var i32) && i32.TryGetInt32(out var int32))
        {
            return int32;
        }

        if (element.TryGetProperty("i64", out var i64) && i64.TryGetInt64(out var int64))
        {
            return int64;
        }

        if (element.TryGetProperty("f64", out var f64))
        {
            return f64.ValueKind == JsonValueKind.String
                ? double.Parse(f64.GetString()!, CultureInfo.InvariantCulture)
                : f64.GetDouble();
        }

        if (element.TryGetProperty("span", out var span) && span.TryGetInt64(out var ticks))
        {
            return TimeSpan.FromTicks(ticks);
        }

        if (element.TryGetProperty("time", out _))
        {
            return ReadTime(element);
        }

        throw Violation("unknown value", element);
    }

    /// <summary>Read a value that must be a time.</summary>
    /// <param name="element">The JSON.</param>
    /// <returns>The time.</returns>
    public static DateTimeOffset ReadTime(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("time", out var utc) || !utc.TryGetInt64(out var utcTicks)
            || !element.TryGetProperty("offset", out var offset) || !offset.TryGetInt32(out var minutes)
            || utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks || Math.Abs(minutes) > 14 * 60)
        {
            throw Violation("a time is {\"time\": UTC ticks, \"offset\": minutes}", element);
        }

        return new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(minutes));
    }

    private static ProtocolViolationException Violation(string what, JsonElement element)
    {
        var text = element.GetRawText();
        return new ProtocolViolationException($"{what}: '{(text.Length > 120 ? text[..120] + "..." : text)}'");
    }

    private static void Tagged(Utf8JsonWriter writer, string tag, Action<Utf8JsonWriter> value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(tag);
        value(writer);
        writer.WriteEndObject();
    }

    private static void WriteTime(Utf8JsonWriter writer, DateTimeOffset time)
    {
        writer.WriteStartObject();
        writer.WriteNumber("time", time.UtcTicks);
        writer.WriteNumber("offset", (int)time.Offset.TotalMinutes);
        writer.WriteEndObject();
    }

    private void WriteFuture(Utf8JsonWriter writer, Future future)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("future");
        writer.WriteString("status", future.Status.ToString());
        writer.WritePropertyName("result");
        Write(writer, future.Result);
        writer.WriteBoolean("kill", future.Kill);
        writer.WriteBoolean("paused", future.Paused);
        if (future.WakeAt != default)
        {
            writer.WritePropertyName("wakeAt");
            WriteTime(writer, future.WakeAt);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private Future ReadFuture(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.String
            || Array.IndexOf(StatusNames, status.GetString()) < 0)
        {
            throw Violation($"a future needs a \"status\", one of {string.Join(", ", StatusNames)}", element);
        }

        return new Future
        {
            Status = Enum.Parse<FutureStatus>(status.GetString()!),
            Result = element.TryGetProperty("result", out var result) ? Read(result) : null,
            Kill = element.TryGetProperty("kill", out var kill) && kill.ValueKind == JsonValueKind.True,
            Paused = element.TryGetProperty("paused", out var paused) && paused.ValueKind == JsonValueKind.True,
            WakeAt = element.TryGetProperty("wakeAt", out var wakeAt) ? ReadTime(wakeAt) : default,
        };
    }

    private void WriteHandle(Utf8JsonWriter writer, object value)
    {
        writer.WriteStartObject();
        if (session.Handles.TryGetImportedId(value, out var importedId))
        {
            writer.WriteNumber("ref", importedId);
            writer.WriteString("owner", RemoteName);
        }
        else
        {
            var kind = ObjectKind.Of(value);
            var (id, equalTo) = session.Handles.Export(value);
            writer.WriteNumber("ref", id);
            writer.WriteString("owner", LocalName);
            if (equalTo != id)
            {
                writer.WriteNumber("eq", equalTo);
            }

            writer.WriteString("kind", kind);
            writer.WriteString("type", value.GetType().FullName);
            if (kind == ObjectKind.Exception)
            {
                writer.WriteString("message", ((Exception)value).Message);
            }
            else if (kind == ObjectKind.Object)
            {
                writer.WriteString("text", SafeText(value));
            }
        }

        writer.WriteEndObject();
    }

    private object ReadHandle(JsonElement element, JsonElement handle)
    {
        if (!handle.TryGetInt64(out var id) || !element.TryGetProperty("owner", out var owner) || owner.ValueKind != JsonValueKind.String)
        {
            throw Violation("a handle is {\"ref\": number, \"owner\": \"judge\" or \"host\", ...}", element);
        }

        if (owner.ValueEquals(LocalName))
        {
            return session.Handles.Exported(id) ?? throw Violation($"handle {id} of the {LocalName} was never given out", element);
        }

        if (!owner.ValueEquals(RemoteName))
        {
            throw Violation("a handle's owner is \"judge\" or \"host\"", element);
        }

        return session.Handles.Import(id, () =>
        {
            if (!element.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String)
            {
                throw Violation($"the first time handle {id} crosses it needs its \"kind\"", element);
            }

            var equalTo = element.TryGetProperty("eq", out var eq) && eq.TryGetInt64(out var other) ? other : id;
            return ProxyFactory.Create(session, kind.GetString()!, equalTo, Text(element, "type"), Text(element, "message") ?? Text(element, "text"))
                ?? throw Violation($"unknown kind '{kind.GetString()}'", element);
        });
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;

    private static string SafeText(object value)
    {
        try
        {
            return value.ToString() ?? value.GetType().Name;
        }
        catch (Exception)
        {
            return value.GetType().Name;
        }
    }
}
