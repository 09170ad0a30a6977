#!/usr/bin/env bash
# Run the README's test command, which collects coverage with coverlet.collector (coverage.runsettings), then
# turn every coverage.cobertura.xml it wrote into one report with ReportGenerator (pinned in .config/dotnet-tools.json).
#
#   tools/coverage/report.sh                              # dotnet test Looper.sln, then the report
#   tools/coverage/report.sh --filter "Category!=slow"    # extra options go to dotnet test
#
# The report lands in artifacts/coverage/: index.html (open it in a browser), Summary.txt and Summary.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
report_dir=artifacts/coverage

# Old results would be merged into the new report: start from none.
find . -path ./artifacts -prune -o -type d -name TestResults -prune -exec rm -rf {} +
rm -rf "$report_dir"

status=0
dotnet test Looper.sln "$@" || status=$?

mapfile -t reports < <(find . -path ./artifacts -prune -o -path '*/TestResults/*' -name coverage.cobertura.xml -print | sort)
if [[ ${#reports[@]} -eq 0 ]]; then
  echo "report.sh: dotnet test wrote no coverage.cobertura.xml; is coverlet.collector referenced and coverage.runsettings in use?" >&2
  exit 1
fi

dotnet tool restore >/dev/null
joined=$(IFS=';'; echo "${reports[*]}")
dotnet reportgenerator "-reports:$joined" "-targetdir:$report_dir" \
  "-reporttypes:Html;TextSummary;MarkdownSummary" "-title:Looper" -verbosity:Warning

echo
sed '/^$/q' "$report_dir/Summary.txt"
echo "By assembly:"
# The assembly rows of Summary.md are the bold ones: | **name** | covered | uncovered | coverable | total | line % | ... | branch % |
awk -F'|' '/^\| \*\*/ && NF >= 11 && $3 ~ /[0-9]/ { gsub(/[* ]/, ""); printf "  %-24s line %7s   branch %7s\n", $2, $7, ($10 == "" ? "-" : $10) }' "$report_dir/Summary.md"
echo
echo "Coverage from ${#reports[@]} test projects. HTML report: $report_dir/index.html"
if [[ $status -ne 0 ]]; then
  echo "report.sh: dotnet test failed (exit $status); the report covers the tests that ran." >&2
fi
exit "$status"
