"""Check a Cucumber HTML report as Chromium rendered it: every scenario present, every status passed.

Arguments: the rendered DOM, the NDJSON messages of the same run, the folder of .feature files.
"""
import glob
import html
import json
import re
import sys


def rendered_text(dom_path):
    dom = open(dom_path, encoding="utf-8").read()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)  # the embedded data is not what the reader sees
    statuses = re.findall(r'data-status="([A-Z_]+)"', body)
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))
    return text, statuses


def scenario_titles(features_dir):
    titles = []
    for path in sorted(glob.glob(f"{features_dir}/*.feature")):
        for line in open(path, encoding="utf-8"):
            match = re.match(r"\s*Scenario(?: Outline)?:\s*(.+?)\s*$", line)
            if match:
                titles.append((path, match.group(1)))
    return titles


def main(dom_path, messages_path, features_dir):
    text, statuses = rendered_text(dom_path)
    test_cases = sum(1 for line in open(messages_path, encoding="utf-8") if line.startswith('{"testCase":'))
    problems = []
    if f"({test_cases} / {test_cases}) passed" not in text:
        problems.append(f"the summary does not read '({test_cases} / {test_cases}) passed'")
    for path, title in scenario_titles(features_dir):
        if title not in text:
            problems.append(f"scenario missing from the page: {title} ({path})")
    not_passed = sorted({status for status in statuses if status != "PASSED"})
    if not statuses:
        problems.append("the page shows no step statuses")
    if not_passed:
        problems.append(f"the page shows statuses other than PASSED: {', '.join(not_passed)}")
    if problems:
        print("The rendered report is not right:\n  " + "\n  ".join(problems))
        return 1
    print(f"Rendered report OK: {len(scenario_titles(features_dir))} scenario titles on the page, "
          f"{test_cases} test cases passed, {len(statuses)} step statuses, all PASSED.")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
