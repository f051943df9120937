#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz into build-fuzz/ (clang, the core instrumented with
# ASan and UBSan) and runs each for SECONDS (default 20) on a copy of its seed corpus.
#
#   fuzz.sh [SECONDS] [TARGET...]
#
# Prints runs, execs/s and time per target. Exits non-zero when a target crashes, leaks, times
# out or breaks an invariant; the input that did it is kept under build-fuzz/crashes/<target>/
# and the target's output under build-fuzz/logs/<target>.log.
# Inputs the fuzzer finds interesting are kept in build-fuzz/corpus/<target>/ between runs
# (copy good ones into tests/fuzz/corpus/<target>/ by hand; the seeds stay small).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD="$ROOT/build-fuzz"
SECONDS_EACH=${1:-20}
[ $# -gt 0 ] && shift
TARGETS=${*:-"fuzz_callback_url fuzz_token_response fuzz_jws fuzz_id_token fuzz_error_envelope fuzz_profile fuzz_agent_request"}

"$ROOT/tests/tools/install-deps.sh"
if ! command -v clang++ >/dev/null 2>&1; then
    echo "Installing: clang"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang
fi

FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f "$BUILD/build.ninja" ] \
    || ! grep -qsxF "CMAKE_CXX_FLAGS:STRING=$FLAGS" "$BUILD/CMakeCache.txt"; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_CXX_FLAGS="$FLAGS" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
        -DLOGIN_COMPANION_BUILD_WINDOW=OFF \
        -DLOGIN_COMPANION_FUZZ=ON
fi
# shellcheck disable=SC2086
cmake --build "$BUILD" --parallel 2 --target $TARGETS

export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
printf '%-22s %10s %10s %8s  %s\n' target runs execs/s seconds result
for target in $TARGETS; do
    corpus="$BUILD/corpus/$target"
    crashes="$BUILD/crashes/$target"
    log="$BUILD/logs/$target.log"
    mkdir -p "$corpus" "$crashes" "$BUILD/logs"
    cp -p "$ROOT/tests/fuzz/corpus/$target/"* "$corpus/"
    started=$(date +%s)
    result=ok
    # -close_fd_mask=1: the targets print nothing useful on stdout.
    "$BUILD/tests/fuzz/$target" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -close_fd_mask=1 \
        -artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1 || result=FAILED
    elapsed=$(($(date +%s) - started))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    printf '%-22s %10s %10s %8s  %s\n' "$target" "${runs:-?}" "${rate:-?}" "$elapsed" "$result"
    if [ "$result" != ok ]; then
        status=1
        echo "--- $target: $(ls "$crashes" | tr '\n' ' ')(in $crashes); the report:"
        grep -E -A 30 '^==[0-9]+==ERROR|runtime error|invariant broken|qFatal|^==[0-9]+== ERROR' \
            "$log" | head -n 40
        echo "--- full output: $log"
    fi
done
exit $status
