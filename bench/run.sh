#!/usr/bin/env bash
# Runs a benchmark: builds what it needs, creates a fresh PostgreSQL database (the back-office benchmark:
# reuses its kept one), starts Payara Micro with the benchmark WAR, measures, writes
# bench/results/<date>-<benchmark>-<machine>.md and .json, and stops and removes what it started. Needs
# JDK 17, Maven and PostgreSQL on 127.0.0.1:5432 (trust authentication for the user postgres), like
# ./test.sh. Not part of ./test.sh or CI.
#
#   bench/run.sh intake                                  the intake benchmark, default parameters
#   bench/run.sh intake --levels 1,4,16 --count 200      fewer levels, fewer intakes per level
#   bench/run.sh intake --no-build                       reuse the last build
#   bench/run.sh generate                                100,000 citizens and 1,000,000 cases into the kept
#                                                        database frontoffice_bench_bo (--citizens, --cases, --db)
#   bench/run.sh backoffice                              worklist and citizen timeline on that data (generated
#                                                        first when missing or of another size)
#
# Options of the runner and the benchmarks: bench/README.md.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"

die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

[ $# -ge 1 ] || die "name a benchmark: bench/run.sh intake|generate|backoffice [options]"
command -v java >/dev/null || die "java not found: install a JDK 17"
(exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null \
    || die "no PostgreSQL answers on 127.0.0.1:5432 (./test.sh shows how to install and start one)"

build=yes
args=()
for arg in "$@"; do
    if [ "$arg" = "--no-build" ]; then build=no; else args+=("$arg"); fi
done

if [ "$build" = yes ]; then
    command -v mvn >/dev/null || die "mvn not found: install Apache Maven 3.8 or newer"
    offline=()
    if [ "${BENCH_MAVEN_ONLINE:-no}" != yes ]; then offline=(-o); fi
    printf '==> Building the application modules and the benchmark WAR (tests skipped)\n'
    # one reactor (bench/reactor/pom.xml): domain-model, intake-ejb and the WAR, nothing installed
    if ! mvn -B -q "${offline[@]}" -f "$BENCH/reactor/pom.xml" package -Dmaven.test.skip=true; then
        [ ${#offline[@]} -gt 0 ] || die "the build failed"
        printf '==> The offline build failed; trying once more with the registry (an artifact may be missing)\n'
        mvn -B -q -f "$BENCH/reactor/pom.xml" package -Dmaven.test.skip=true || die "the build failed"
    fi
fi

[ -f "$BENCH/target/bench.war" ] || die "bench/target/bench.war is missing: run without --no-build"
cd "$ROOT"
exec java -cp "$BENCH/target/classes:$BENCH/target/runner-lib/*" nl.frontoffice.bench.runner.BenchRunner \
    "${args[@]}" --bench-dir "$BENCH"
