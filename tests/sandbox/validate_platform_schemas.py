#!/usr/bin/env python3
"""Checks the sandbox's platform JSON against the live platform's published schemas.

Starts the built recdesk-sandbox on a free port with a temporary data folder, once in the
documented form and once with --live, signs in, and validates against platform-schemas.yaml
(the contract's excerpt of the platform's OpenAPI components, read-only and shared):
every item of the recordings, files, calls and agents lists (all pages), single recordings,
files, calls, conferences and agents, and error bodies (401, 403, 404, 400).

    validate_platform_schemas.py --sandbox build/ci/app/sandbox/recdesk-sandbox \\
        --schemas ../shared/contract/platform-schemas.yaml

Needs Python 3 with jsonschema and yaml (Debian: python3-jsonschema, python3-yaml; written
for jsonschema 4.10, Debian 12's, and later). Exits 0 when everything validates, 1 with one
line per problem otherwise, 2 when the sandbox cannot be started or asked.
"""

import argparse
import copy
import json
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

import jsonschema
import yaml

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# API.md "Timestamps": the documented form, its "has not happened" sentinel and, in older
# recordings, "" — the documented variant's own form, not RFC 3339.
DOCUMENTED_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}$")
RFC3339_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")


class Contract:
    """The schemas, with $refs inlined and the contract's two forms made explicit."""

    def __init__(self, path, live):
        with open(path, encoding="utf-8") as f:
            self.components = yaml.safe_load(f)["schemas"]
        self.live = live
        self.format_checker = jsonschema.FormatChecker(formats=())
        self.format_checker.checks("uuid")(lambda v: not isinstance(v, str) or bool(UUID.match(v)))
        self.format_checker.checks("date-time")(self._is_time)

    def _is_time(self, value):
        if not isinstance(value, str):
            return True  # null is decided by the type, below
        if self.live:
            return bool(RFC3339_TIME.match(value))
        return value == "" or bool(DOCUMENTED_TIME.match(value))

    def resolved(self, schema):
        """A copy of schema with every '#/components/schemas/X' $ref replaced by X itself."""
        if isinstance(schema, list):
            return [self.resolved(s) for s in schema]
        if not isinstance(schema, dict):
            return schema
        if "$ref" in schema:
            # As in OpenAPI 3.0, keys beside a $ref (description, example) do not count.
            name = schema["$ref"].rsplit("/", 1)[-1]
            return self.resolved(copy.deepcopy(self.components[name]))
        out = {key: self.resolved(value) for key, value in schema.items()}
        if out.get("type") == "object" and "properties" in out:
            # The excerpt lists every field the platform sends: a key outside it is a misspelling
            # on our side, so it fails (the schemas themselves leave additionalProperties open).
            out.setdefault("additionalProperties", False)
        if out.pop("nullable", False):  # OpenAPI 3.0's way of saying "or null"
            out = {"anyOf": [out, {"type": "null"}]}
        if self.live and out.get("format") == "date-time":
            # The live form writes a time that has not happened as null (or leaves the key out);
            # the schemas type every time as a string. Null is accepted here for time fields only.
            out = {"anyOf": [out, {"type": "null"}]}
        return out

    def item(self, name):
        schema = self.resolved(self.components[name])
        if name == "StorageManagerFile" and not self.live:
            # The documented form (API.md "Files") says none where the live form says "".
            schema["properties"]["reference_type"] = {"type": "string", "enum": ["none", "recording"]}
        return schema

    def page(self, name):
        envelope = self.resolved(self.components["CommonPagination"])
        envelope["required"] = ["result", "next_page_token"]
        envelope["properties"]["result"] = {"type": "array", "items": self.item(name)}
        return envelope

    def validator(self, schema):
        return jsonschema.Draft7Validator(schema, format_checker=self.format_checker)


class Sandbox:
    """A recdesk-sandbox process of our own, on a free port, with a temporary data folder."""

    def __init__(self, program, live):
        self.folder = tempfile.TemporaryDirectory(prefix="recdesk-schema-")
        arguments = [program, "--port", "0", "--data-dir", self.folder.name, "--quiet",
                     "--recordings", "300", "--files", "60"]
        if live:
            arguments.append("--live")
        self.process = subprocess.Popen(arguments, stdout=subprocess.PIPE, text=True)
        printed = []
        # It prints its URLs and the demo credentials, then "Press Ctrl-C to stop." (main.cpp).
        for line in self.process.stdout:
            printed.append(line)
            if line.startswith("Press Ctrl-C"):
                break
        text = "".join(printed)
        root = re.search(r"listening on (http://127\.0\.0\.1:\d+)", text)
        admin = re.search(r"^\s+admin\s+(\S+) / (\S+)$", text, re.M)
        agent = re.search(r"^\s+agent\s+(\S+) / (\S+)$", text, re.M)
        if not (root and admin and agent):
            self.stop()
            raise RuntimeError("the sandbox did not say where it listens:\n" + text)
        self.root = root.group(1)
        self.base = self.root + "/v1.0"
        self.admin = (admin.group(1), admin.group(2))
        self.agent = (agent.group(1), agent.group(2))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()
        self.folder.cleanup()

    def login(self, account):
        body = json.dumps({"username": account[0], "password": account[1]}).encode()
        request = urllib.request.Request(self.root + "/auth/login", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as reply:
            return json.load(reply)["token"]

    def get(self, path, token=None, query=""):
        """(status, JSON body) of a GET under /v1.0; no cookies are kept (urllib keeps none)."""
        url = self.base + path + ("?" + query if query else "")
        headers = {"Authorization": "Bearer " + token} if token else {}
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=30) as reply:
                return reply.status, json.load(reply)
        except urllib.error.HTTPError as error:
            raw = error.read()
            return error.code, json.loads(raw) if raw else None


class Check:
    def __init__(self, contract, sandbox, form):
        self.contract = contract
        self.sandbox = sandbox
        self.form = form
        self.problems = []
        self.counts = {}
        self.token = sandbox.login(sandbox.admin)
        self.agent_token = sandbox.login(sandbox.agent)

    def validate(self, what, schema, document, path):
        self.counts[what] = self.counts.get(what, 0) + 1
        for error in self.contract.validator(schema).iter_errors(document):
            pointer = "/".join(str(p) for p in error.absolute_path)
            self.problems.append(f"{self.form} {path} [{what}] /{pointer}: {error.message}")

    def fetch(self, path, expected=200, token="admin", query=""):
        token = {"admin": self.token, "agent": self.agent_token, "none": None}[token]
        status, body = self.sandbox.get(path, token, query)
        if status != expected:
            self.problems.append(f"{self.form} GET {path}: status {status}, expected {expected}")
            return None
        return body

    def walk(self, path, item_schema_name):
        """Every page of a list, each validated as a page of item_schema_name; returns the items."""
        schema = self.contract.page(item_schema_name)
        items, token = [], ""
        for _ in range(1000):
            query = "page_size=100" + ("&page_token=" + urllib.request.quote(token) if token else "")
            page = self.fetch(path, query=query)
            if page is None:
                return items
            self.validate(path + " page", schema, page, path)
            result = page.get("result") or []
            items += result
            if len(result) < 100:
                return items
            token = page.get("next_page_token", "")
        self.problems.append(f"{self.form} {path}: the list does not end")
        return items

    def run(self):
        files_path = "/storage_files" if self.form == "live" else "/files"
        recordings = self.walk("/recordings", "CallManagerRecording")
        files = self.walk(files_path, "StorageManagerFile")
        self.walk("/calls", "CallManagerCall")
        agents = self.walk("/agents", "AgentManagerAgent")

        recording = self.contract.item("CallManagerRecording")
        call = self.contract.item("CallManagerCall")
        conference = self.contract.item("ConferenceManagerConference")
        for r in recordings:
            path = "/recordings/" + r["id"]
            self.validate("recording", recording, self.fetch(path), path)
            if r.get("reference_type") == "confbridge":
                path = "/conferences/" + r["reference_id"]
                self.validate("conference", conference, self.fetch(path), path)
            else:
                path = "/calls/" + r["reference_id"]
                self.validate("call", call, self.fetch(path), path)
        file_schema = self.contract.item("StorageManagerFile")
        for f in files[:30]:
            path = f"{files_path}/{f['id']}"
            self.validate("file", file_schema, self.fetch(path), path)
        agent = self.contract.item("AgentManagerAgent")
        for a in agents:
            path = "/agents/" + a["id"]
            self.validate("agent", agent, self.fetch(path), path)

        error = self.contract.item("ErrorResponse")
        unknown = "0b6c1f3e-2a4d-4e5f-8a9b-0c1d2e3f4a5b"
        for path, status, token in [("/calls/" + unknown, 404, "admin"),
                                    ("/conferences/" + unknown, 404, "admin"),
                                    ("/agents/" + unknown, 404, "admin"),
                                    ("/recordings/" + unknown, 404, "admin"),
                                    ("/calls/not-a-uuid", 400, "admin"),
                                    ("/calls", 403, "agent"),
                                    ("/agents", 403, "agent"),
                                    ("/calls", 401, "none")]:
            self.validate("error", error, self.fetch(path, status, token), path)
        if not recordings or not files or not agents:
            self.problems.append(f"{self.form}: a list was empty")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sandbox", required=True, help="the recdesk-sandbox program")
    parser.add_argument("--schemas", required=True, help="platform-schemas.yaml")
    args = parser.parse_args()

    problems = []
    for form in ("documented", "live"):
        try:
            sandbox = Sandbox(args.sandbox, live=form == "live")
        except (OSError, RuntimeError) as error:
            print(f"cannot start {args.sandbox}: {error}", file=sys.stderr)
            return 2
        try:
            check = Check(Contract(args.schemas, live=form == "live"), sandbox, form)
            check.run()
        except (OSError, urllib.error.URLError, ValueError) as error:
            print(f"{form}: cannot ask the sandbox: {error}", file=sys.stderr)
            return 2
        finally:
            sandbox.stop()
        summary = ", ".join(f"{n} {what}" for what, n in sorted(check.counts.items()))
        print(f"{form}: validated {summary}; {len(check.problems)} problem(s)")
        problems += check.problems
    for problem in problems[:200]:
        print(problem)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
