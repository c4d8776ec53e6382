#!/usr/bin/env python3
"""Runs the GPOS conformance corpus through python-jsonschema, as a validator written in another language would.

Schema level only (conformance/README.md, "Running it"): each case's data is checked the way the standard says
(a bundle against bundle.json and then each record against the schema of its `type`, or the minimal retraction
form when its `revoked` is true; an array item by item; anything else as a record), and the verdict must be
"invalid" exactly when the case's `problems` hold a schema-level code. Prints a JSON summary; exits 1 when any
case disagrees, 2 when python-jsonschema is missing.

    python3 conformance/python/check.py [--repo PATH]
"""
import json
import pathlib
import sys

try:
    import jsonschema
    from referencing import Registry, Resource
except ImportError as error:  # pragma: no cover - reported to the caller
    print(json.dumps({"error": f"python-jsonschema with referencing is needed: {error}"}))
    sys.exit(2)

BASE = "https://schemas.gpos.network/v1/"
INPUT_CODES = {"not_a_record", "unknown_record_type"}
NO_VERDICT = {"too_deep", "too_long"}
OTHER_SUITES = {"observable-ids", "pseudonyms", "compat", "python"}


def load_schemas(repo):
    schemas = {}
    for path in sorted((repo / "schemas" / "v1").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        schemas[schema["$id"]] = schema
    return schemas


class Checker:
    def __init__(self, repo):
        schemas = load_schemas(repo)
        registry = Registry().with_resources((uri, Resource.from_contents(schema)) for uri, schema in schemas.items())
        formats = jsonschema.FormatChecker()
        cls = jsonschema.Draft202012Validator

        def validator(uri):
            return cls({"$ref": uri}, registry=registry, format_checker=formats)

        dispatch = schemas[BASE + "bundle.json"]["properties"]["records"]["items"]["x-gpos-dispatch"]
        self.families = {family: validator(uri) for family, uri in dispatch["mapping"].items()}
        self.retraction = validator(dispatch["retraction"]) if "retraction" in dispatch else None
        self.bundle = validator(BASE + "bundle.json")
        # the formats this python has checkers for; the others are left to the reference validator
        self.formats = sorted(formats.checkers)

    def record(self, value):
        if not isinstance(value, dict) or not isinstance(value.get("type"), str) or value["type"] not in self.families:
            return False
        if self.families[value["type"]].is_valid(value):
            return True
        return value.get("revoked") is True and self.retraction is not None and self.retraction.is_valid(value)

    def verdict(self, data):
        if isinstance(data, list):
            return all(self.record(item) for item in data)
        if isinstance(data, dict) and data.get("type") == "bundle":
            records = data.get("records")
            if not isinstance(records, list):
                return False  # bundle.json requires an array of records
            # the envelope alone: each record is checked against its own family below, never through bundle.json
            return self.bundle.is_valid(dict(data, records=[])) and all(self.record(r) for r in records)
        return self.record(data)


def expected(problems):
    if NO_VERDICT & set(problems):
        return None
    return not any(code.startswith("schema_") or code in INPUT_CODES for code in problems)


def main(argv):
    repo = pathlib.Path(argv[argv.index("--repo") + 1]) if "--repo" in argv else pathlib.Path(__file__).resolve().parents[2]
    checker = Checker(repo)
    cases = disagreements = 0
    failures = []
    for path in sorted((repo / "conformance").rglob("*.json")):
        relative = path.relative_to(repo / "conformance").as_posix()
        if relative.split("/")[0] in OTHER_SUITES:
            continue
        for group in json.loads(path.read_text(encoding="utf-8")):
            for test in group["tests"]:
                want = expected(test["problems"])
                if want is None:
                    continue
                cases += 1
                got = checker.verdict(test["data"])
                if got != want:
                    disagreements += 1
                    failures.append({"case": f"{relative} › {group['description']} › {test['description']}", "expected_valid": want, "python_valid": got})
    print(json.dumps({"jsonschema": __import__("importlib.metadata").metadata.version("jsonschema"), "formats": checker.formats, "cases": cases, "disagreements": disagreements, "failures": failures}, indent=2))
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
