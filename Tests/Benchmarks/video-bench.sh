#!/usr/bin/env bash
# `leddiag video` on a 15-second 720p clip (issue #18: under 3 s, at most 128 MiB): wall time (median of
# ROUNDS) and peak resident memory (/usr/bin/time -v) of the release binary, the clip generated with
# ffmpeg's lavfi sources (an LED with glow, a steady lamp, a flickering screen, noise, exposure drift).
#
#   Tests/Benchmarks/video-bench.sh                     # builds release into $SCRATCH, ROUNDS=5
#   LEDDIAG=/path/to/leddiag ROUNDS=9 Tests/Benchmarks/video-bench.sh
#
# Prints numbers and asserts nothing (speed targets are reported, never asserted); exit 0 unless
# something breaks. BENCH_DIR holds the clip (default /tmp/leddiag-bench).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/release-build.sh"
export LC_ALL=C
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-5}
BENCH_DIR=${BENCH_DIR:-/tmp/leddiag-bench}
SCRATCH=${SCRATCH:-.build-batch-rel}
mkdir -p "$BENCH_DIR"
if [ -z "${LEDDIAG:-}" ]; then
    release_build "$SCRATCH" . >/dev/null
    LEDDIAG="$SCRATCH/release/leddiag"
fi
clip="$BENCH_DIR/video-720p-15s.mp4"
if [ ! -s "$clip" ]; then
    red=""
    for i in 0 1 2 3 4 5; do
        red="$red+between(t\\,$(echo "6.1 + $i * 0.42" | bc)\\,$(echo "6.1 + $i * 0.42 + 0.22" | bc))"
    done
    ffmpeg -v error -y -f lavfi -i "color=c=0x383430:s=1280x720:r=30:d=15,\
drawbox=x=80:y=80:w=90:h=90:color=0xFFF4D0:t=fill,\
drawbox=x=980:y=480:w=220:h=160:color=0xE0E8FF:t=fill:enable='lt(mod(n\\,3)\\,1)',\
drawbox=x=580:y=320:w=96:h=96:color=0x2848FF@0.35:t=fill:enable='between(t\\,1\\,5.5)',\
drawbox=x=612:y=352:w=32:h=32:color=0xD0D8FF:t=fill:enable='between(t\\,1\\,5.5)',\
drawbox=x=580:y=320:w=96:h=96:color=0xFF2020@0.35:t=fill:enable='${red#+}',\
drawbox=x=612:y=352:w=32:h=32:color=0xFFD0C8:t=fill:enable='${red#+}',\
eq=brightness='0.05*sin(2*PI*t/6)':eval=frame,noise=alls=8:allf=t:all_seed=7" \
        -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p "$clip"
fi
echo "video-bench: $clip ($(du -k "$clip" | cut -f1) KiB, 1280x720, 30 fps, 15 s), $ROUNDS rounds"
"$LEDDIAG" video --device outdoor-4 "$clip" | sed -n '1,5p'
times=()
peak=0
for _ in $(seq "$ROUNDS"); do
    out=$( { /usr/bin/time -v "$LEDDIAG" video --format json --device outdoor-4 "$clip" >/dev/null; } 2>&1 )
    wall=$(echo "$out" | sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' | awk -F: '{ print $(NF-1) * 60 + $NF }')
    rss=$(echo "$out" | sed -n 's/.*Maximum resident set size (kbytes): //p')
    times+=("$wall")
    (( rss > peak )) && peak=$rss
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "video-bench: median wall ${median} s (target < 3 s); peak RSS $((peak / 1024)) MiB (target <= 128 MiB;"
echo "             the largest of leddiag, ffprobe and ffmpeg: /usr/bin/time counts the children it reaps)"
