#!/usr/bin/env python3
"""A launcher's access token from the Login Companion agent (docs/AGENT.md), or from
`login-companion token` when no agent runs: the same token and the same exit codes either way.

    python3 agent_token.py [PROFILE [ACCOUNT]]

Linux and macOS (a Unix socket). On Windows the agent is the named pipe
\\\\.\\pipe\\login-companion-agent-<user>: open it with open(path, "r+b") instead of a socket.
"""
import json
import os
import socket
import subprocess
import sys


def agent_path():
    override = os.environ.get("LOGIN_COMPANION_AGENT")
    if override:
        return override
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return os.path.join(runtime, "login-companion", "agent")
    if sys.platform == "darwin":
        return os.path.join(os.environ.get("TMPDIR", "/tmp"), "login-companion", "agent")
    return f"/tmp/login-companion-{os.getuid()}/agent"


class LoginCompanionError(Exception):
    """code: the command line's exit code (1, 2, 3, 4, 64); 3 means "sign in first"."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class Agent:
    def __init__(self, path=None):
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.socket.connect(path or agent_path())
        self.stream = self.socket.makefile("rwb")
        self.next_id = 1

    def call(self, method, **params):
        request_id = self.next_id
        self.next_id += 1
        request = {"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}
        self.stream.write(json.dumps(request).encode("utf-8") + b"\n")
        self.stream.flush()
        for line in self.stream:
            message = json.loads(line)
            if "method" in message:  # a notification (after "subscribe")
                continue
            if message.get("id") != request_id:
                continue
            if "error" in message:
                raise LoginCompanionError(message["error"]["code"], message["error"]["message"])
            return message["result"]
        raise ConnectionError("the agent closed the connection")

    def close(self):
        self.stream.close()
        self.socket.close()


def access_token(profile="demo", account=None, min_validity=60):
    if "/" in profile or profile.endswith(".json"):
        profile = os.path.abspath(profile)  # the agent runs in another folder
    try:
        agent = Agent()
    except OSError:
        command = ["login-companion", "token", "--profile", profile,
                   "--min-validity", str(min_validity)]
        if account:
            command += ["--account", account]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise LoginCompanionError(done.returncode, done.stderr.strip())
        return done.stdout.strip()
    try:
        params = {"profile": profile, "minValidity": min_validity}
        if account:
            params["account"] = account
        return agent.call("token", **params)["accessToken"]
    finally:
        agent.close()


if __name__ == "__main__":
    try:
        print(access_token(*sys.argv[1:3]))
    except LoginCompanionError as error:
        print(f"login-companion: {error}", file=sys.stderr)
        sys.exit(error.code if 0 < error.code < 256 else 1)
