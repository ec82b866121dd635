#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset: clang with AddressSanitizer and
# UndefinedBehaviorSanitizer, which stops at its first report) and runs each for SECONDS (default
# 60) from its committed corpus in tests/fuzz/corpus/<name>. Fails on any crash or sanitizer
# report; the input that caused it is kept in build/fuzz/findings/. New inputs the run finds go to
# a scratch folder, never into the committed corpus. tests/run-all.sh runs it in CI.
set -euo pipefail
{
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
cd "$root"
cmake --preset fuzz >/dev/null
targets=(fuzz_decoders fuzz_multipart)
cmake --build --preset fuzz --target "${targets[@]}" -j "$(nproc)"
findings="$root/build/fuzz/findings"
mkdir -p "$findings"
for target in "${targets[@]}"; do
    corpus="$root/tests/fuzz/corpus/${target#fuzz_}"
    scratch=$(mktemp -d)
    echo "fuzzing $target for ${seconds}s (corpus: ${corpus#"$root"/})"
    if ! "$root/build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -artifact_prefix="$findings/$target-" \
            -print_final_stats=1 "$scratch" "$corpus" >"$findings/$target.log" 2>&1; then
        tail -40 "$findings/$target.log" >&2
        echo "FAIL: $target found a crash or a sanitizer report (input in $findings)" >&2
        rm -rf "$scratch"
        exit 1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$findings/$target.log" | sed "s/^/  $target /"
    rm -rf "$scratch"
done
exit 0
}
