// A launcher's side of the Login Companion agent in C# (.NET 6 or later; docs/AGENT.md): a
// token when the agent runs, `login-companion token` when it does not.
//
//   var token = LoginCompanion.AccessToken("demo");            // or a profile file's full path
//   LoginCompanionException.Code: the command line's exit code (3: sign in first).
using System;
using System.Diagnostics;
using System.IO;
using System.IO.Pipes;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

public sealed class LoginCompanionException : Exception
{
    public int Code { get; }
    public LoginCompanionException(int code, string message) : base(message) { Code = code; }
}

public sealed class LoginCompanionAgent : IDisposable
{
    private readonly Stream _stream;
    private readonly StreamReader _reader;
    private readonly StreamWriter _writer;
    private int _nextId = 1;

    // Throws IOException or SocketException when no agent runs.
    public LoginCompanionAgent()
    {
        if (OperatingSystem.IsWindows())
        {
            var user = Regex.Replace(Environment.UserName, "[^A-Za-z0-9._-]", "_");
            var pipe = new NamedPipeClientStream(".", "login-companion-agent-" + user,
                                                 PipeDirection.InOut);
            pipe.Connect(200);
            _stream = pipe;
        }
        else
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(SocketPath()));
            _stream = new NetworkStream(socket, ownsSocket: true);
        }
        var utf8 = new UTF8Encoding(false);
        _reader = new StreamReader(_stream, utf8);
        _writer = new StreamWriter(_stream, utf8) { AutoFlush = true, NewLine = "\n" };
    }

    [DllImport("libc")] private static extern uint getuid();

    private static string SocketPath()
    {
        var path = Environment.GetEnvironmentVariable("LOGIN_COMPANION_AGENT");
        if (!string.IsNullOrEmpty(path)) return path;
        var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!string.IsNullOrEmpty(runtime)) return Path.Combine(runtime, "login-companion", "agent");
        return OperatingSystem.IsMacOS()
            ? Path.Combine(Path.GetTempPath(), "login-companion", "agent")
            : $"/tmp/login-companion-{getuid()}/agent";
    }

    public JsonNode Call(string method, JsonObject parameters)
    {
        int id = _nextId++;
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters,
        };
        _writer.WriteLine(request.ToJsonString());
        for (string? line; (line = _reader.ReadLine()) != null;)
        {
            var message = JsonNode.Parse(line)!.AsObject();
            if (message.ContainsKey("method")) continue;           // a notification
            if (message["id"]?.GetValue<int>() != id) continue;
            if (message["error"] is JsonObject error)
                throw new LoginCompanionException(error["code"]!.GetValue<int>(),
                                                  error["message"]!.GetValue<string>());
            return message["result"]!;
        }
        throw new IOException("the agent closed the connection");
    }

    public void Dispose() => _stream.Dispose();
}

public static class LoginCompanion
{
    public static string AccessToken(string profile, string? account = null, int minValidity = 60)
    {
        var parameters = new JsonObject { ["profile"] = profile, ["minValidity"] = minValidity };
        if (account != null) parameters["account"] = account;
        LoginCompanionAgent agent;
        try
        {
            agent = new LoginCompanionAgent();
        }
        catch (Exception e) when (e is IOException || e is SocketException || e is TimeoutException)
        {
            return FromCommandLine(profile, account, minValidity);
        }
        using (agent)
            return agent.Call("token", parameters)["accessToken"]!.GetValue<string>();
    }

    private static string FromCommandLine(string profile, string? account, int minValidity)
    {
        var start = new ProcessStartInfo("login-companion")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { "token", "--profile", profile, "--min-validity",
                                         minValidity.ToString() })
            start.ArgumentList.Add(argument);
        if (account != null) { start.ArgumentList.Add("--account"); start.ArgumentList.Add(account); }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        var error = process.StandardError.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new LoginCompanionException(process.ExitCode, error);
        return output;
    }
}
