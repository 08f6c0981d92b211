#!/bin/sh
# Builds the fuzz targets' seed corpora from Samples/, Patterns/, the docs and the test inputs, plus
# the hand-written seeds in Tests/Fuzz/Seeds/<target>/ (regressions and hostile cases).
#
#   Tests/Fuzz/corpus.sh OUTDIR      (run from the repository root; `make fuzz` does)
#
# Seeds are added, never removed: OUTDIR/<target>/ also keeps what earlier fuzz runs found.
# Plain POSIX sh + awk + printf (no Python); file names are content-addressed with cksum.
set -eu
out=${1:?usage: corpus.sh OUTDIR}
export LC_ALL=C
root=$(pwd)
[ -d "$root/Samples" ] && [ -d "$root/Patterns" ] || { echo "corpus.sh: run from the repository root" >&2; exit 2; }

# seed TARGET  (content on stdin) — stores it under its checksum.
seed() {
    mkdir -p "$out/$1"
    tmp="$out/$1/.tmp.$$"
    cat > "$tmp"
    name=$(cksum < "$tmp" | awk '{print $1 "-" $2}')
    mv "$tmp" "$out/$1/seed-$name"
}

# Hand-written seeds.
for dir in Tests/Fuzz/Seeds/*/; do
    [ -d "$dir" ] || continue
    target=$(basename "$dir")
    for file in "$dir"*; do [ -f "$file" ] && seed "$target" < "$file"; done
done

# --- text: observations people type -----------------------------------------------------------
grep -v '^[[:space:]]*\(#\|$\)' Samples/observations.txt | sed 's/^[^|]*| *//' | while IFS= read -r line; do
    printf '%s' "$line" | seed text
done
# Rule examples (typed ones to text, canonical ones to canonical).
grep -ho 'text: "[^"]*"' Patterns/rules/*.yaml | sed 's/^text: "//; s/"$//' | while IFS= read -r line; do
    case $line in
        dev=*) printf '%s' "$line" | seed canonical ;;
        *) printf '%s' "$line" | seed text ;;
    esac
done
# The inputs of the golden error messages (the line after "1 | ").
for file in Tests/Fixtures/Golden/text-errors/*.txt; do
    sed -n 's/^[0-9][0-9]* | //p' "$file" | head -n 1 | tr -d '\n' | seed text
done
# String literals of the text-parser tests that read like observations.
cat Tests/LEDInputTests/Text/TextParser*Tests.swift | grep -o '"[^"\\]\{3,120\}"' | sed 's/^"//; s/"$//' \
    | grep '[a-z] [a-z]' | sort -u | head -n 400 | while IFS= read -r line; do
    printf '%s' "$line" | seed text
done
# Batch typed lines: the free text after "DEVICE [MODEL]: ".
sed -n 's/^[^#][^:]*: //p' Samples/batch/fleet.typed.log | while IFS= read -r line; do printf '%s' "$line" | seed text; done

# --- canonical: strings of the event language ---------------------------------------------------
grep -ho '`dev=[^`]*:[^`]*`' docs/*.md | tr -d '`' | while IFS= read -r line; do printf '%s' "$line" | seed canonical; done
grep -rho --include='*.swift' '"dev=[^"]*"' Tests/LED*Tests | sed 's/^"//; s/"$//' | sort -u | head -n 300 | while IFS= read -r line; do
    printf '%s' "$line" | seed canonical
done

# --- catalog: the built-in catalog's files; byte 0 = 1: load beside the built-in devices/causes/fixes
for file in Patterns/*.yaml Patterns/rules/*.yaml; do
    { printf '\001'; cat "$file"; } | seed catalog
    { printf '\003'; cat "$file"; } | seed catalog
done

# Bombs (docs/reliability.md, guarantee 6): alias bombs (`aN: &aN [*aN-1 × 9]`) and fragment bombs
# (`fN: "{{fN-1}} × 10"`, used by a rule) of 2 to 9 levels, and an alias of a list used as a key.
alias_bomb() {
    printf 'a0: &a0 lol\n'
    level=1
    while [ "$level" -le "$1" ]; do
        printf 'a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n' "$level" "$level" \
            $((level - 1)) $((level - 1)) $((level - 1)) $((level - 1)) $((level - 1)) $((level - 1)) \
            $((level - 1)) $((level - 1)) $((level - 1))
        level=$((level + 1))
    done
}
fragment_bomb() {
    printf 'fragments:\n  f0: "a"\n'
    level=1
    while [ "$level" -le "$1" ]; do
        p=$((level - 1))
        printf '  f%d: "{{f%d}}{{f%d}}{{f%d}}{{f%d}}{{f%d}}{{f%d}}{{f%d}}{{f%d}}{{f%d}}{{f%d}}"\n' "$level" \
            $p $p $p $p $p $p $p $p $p $p
        level=$((level + 1))
    done
    printf 'rules:\n  - {id: bomb, cause: low-battery, pattern: '"'"'{{f%d}}'"'"', weight: 0.5, explanation: x, ' "$1"
    printf 'sources: [{ref: x, tier: guide}], status: stable, examples: {match: [red x6], no_match: [blue]}}\n'
}
for levels in 2 3 4 5 6 7 8 9; do
    { printf '\001'; alias_bomb "$levels"; } | seed catalog
    { printf '\001'; fragment_bomb "$levels"; } | seed catalog
done
{ printf '\001'; alias_bomb 3; printf 'k: {? *a3 : 1}\n'; } | seed catalog

# --- pcre2: byte 0 options, bytes 1-2 limits, PATTERN NUL SUBJECT -------------------------------
subject='dev=outdoor-4 ctx=after-reset,setup : blue:solid:_:_:seconds=12.5:_:_ red:blink:6:fast:brief=2.3:0.2/0.22:_ blue:blink:_:slow:_:_:_&green:solid:_:_:_:_:_'
grep -h "pattern: '" Patterns/rules/*.yaml | sed "s/^ *pattern: '//; s/'\$//" | while IFS= read -r pattern; do
    { printf '\000\000\000%s\000%s' "$pattern" "$subject"; } | seed pcre2
    { printf '\200\000\000%s\000%s' "$pattern" "$subject"; } | seed pcre2
done
grep -h "^  [a-z0-9-]*: '" Patterns/rules/*.yaml | sed "s/^  [a-z0-9-]*: '//; s/'\$//" | while IFS= read -r pattern; do
    { printf '\000\000\000%s\000%s' "$pattern" "$subject"; } | seed pcre2
done

# --- timeline: 4 bytes per transition (int16 LE ms step, colour, flags) ---------------------------
# Each device of the plain sample becomes one seed.
mkdir -p "$out/.timeline"
awk '
    function color(name) { return name == "red" ? 0 : name == "blue" ? 1 : name == "green" ? 2 : name == "amber" ? 3 : name == "white" ? 4 : name == "yellow" ? 5 : 6 }
    function seconds(stamp,    t) { split(substr(stamp, 12, 12), t, ":"); return t[1] * 3600 + t[2] * 60 + t[3] }
    /^[0-9]/ {
        dev = $2; now = seconds($1)
        step = (dev in last) ? int((now - last[dev]) * 1000 + 0.5) : 0
        last[dev] = now
        if (step > 32767) step = 32767
        file = out "/timeline-" dev
        printf "%c%c%c%c", step % 256, int(step / 256), color($(NF - 1)), ($NF == "on") >> file
    }
' out="$out/.timeline" Samples/batch/fleet.plain.log
for file in "$out"/.timeline/*; do [ -f "$file" ] && seed timeline < "$file"; done
rm -rf "$out/.timeline"
# Hostile shapes: off without on, repeated on, time backwards, NaN and a never-ending on.
printf '\000\000\000\000\364\001\000\001\364\001\000\001\000\000\000\000' | seed timeline
printf '\000\000\001\001\030\374\001\000\000\000\001\360\000\000\001\001' | seed timeline

# --- batch: byte 0 chunk size (<128: small chunks), byte 1 variations, then the log --------------
for format in plain logfmt csv jsonl typed; do
    case $format in
        plain) file=Samples/batch/fleet.plain.log; target=batch-plain ;;
        logfmt) file=Samples/batch/fleet.logfmt.log; target=batch-logfmt ;;
        csv) file=Samples/batch/fleet.csv; target=batch-csv ;;
        jsonl) file=Samples/batch/fleet.jsonl; target=batch-jsonl ;;
        typed) file=Samples/batch/fleet.typed.log; target=batch-typed ;;
    esac
    { printf '\377\000'; head -n 40 "$file"; } | seed "$target"
    { printf '\020\007'; head -n 40 "$file"; } | seed "$target"
    { printf '\377\030'; cat "$file"; } | seed "$target"
    { printf '\377\000'; head -n 40 "$file"; } | seed batch-detect
    { printf '\040\006'; head -n 25 "$file"; } | seed batch-detect
done
# The hostile lines the batch tests use: NUL, CRLF, a BOM, quotes, mixed formats, a truncated line.
printf '\377\006\357\273\27712 d mini red on\r\n13 d\000 mini red on\r\n14 d mini red off\n14 d mi' | seed batch-plain
printf '\377\006ts=12 device=d model="Outdoor 4" led=red state=on\nts=12.2 device=d led=red state=off\n{"time": 14}\n' | seed batch-logfmt
printf '\377\006time,device,model,color,state\r\n12,"d ""x""",mini,red,on\n13,d,mini,red\n14,d,mini,red,off,extra\n' | seed batch-csv
printf '\377\006{"time": 12, "device": "d", "color": "red", "state": "on", "x": [[[[{}]]]]}\n{"time": "12", "device": 5}\n{"time": 1e30, "device": "d", "color": "red", "state": "off"}\n' | seed batch-jsonl
printf '\377\006d mini: red x6 after blue\n2026-11-20T08:00:00Z d: blinks 0 times\nd: blinks 10^30 times\n: nothing\n' | seed batch-typed
echo "corpus.sh: seeds in $out: $(for d in "$out"/*/; do printf '%s %s  ' "$(basename "$d")" "$(ls "$d" | wc -l)"; done)"
