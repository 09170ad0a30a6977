"""Print the score and every undetected mutant of a Stryker.NET JSON report, grouped by file.

Stryker's console table counts mutants no test covers among the survivors; this reads the report itself.
Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker computes it.
"""
import json
import sys
from collections import Counter

report = json.load(open(sys.argv[1], encoding="utf-8"))
counts = Counter()
undetected = []
for path, file in sorted(report["files"].items()):
    lines = file["source"].split("\n")
    for mutant in file["mutants"]:
        counts[mutant["status"]] += 1
        if mutant["status"] in ("Survived", "NoCoverage"):
            line = mutant["location"]["start"]["line"]
            name = path.split("reference-impl/")[-1]
            undetected.append(f"  {mutant['status']:<10} {name}:{line}  {mutant['mutatorName']}: {mutant.get('replacement', '')!r}\n"
                              f"             {lines[line - 1].strip()}")

detected = counts["Killed"] + counts["Timeout"]
valid = detected + counts["Survived"] + counts["NoCoverage"]
print("Mutants: " + ", ".join(f"{status} {count}" for status, count in sorted(counts.items())))
print(f"Mutation score: {100 * detected / valid:.2f} % ({detected} detected of {valid})" if valid else "Mutation score: none (no mutant was tested)")
if undetected:
    print("Undetected mutants:")
    print("\n".join(undetected))
