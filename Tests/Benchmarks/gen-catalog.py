#!/usr/bin/env python3
"""Writes a synthetic catalog of N plausible rules for the catalog-scale benchmark (#15).

    python3 Tests/Benchmarks/gen-catalog.py N OUTDIR [--seed S] [--passing]

Each rule names a colour, a kind and (for blinks) a count and speed, optionally a second event after
it, and may be scoped to devices and require or exclude a context — the combinations a real catalog
grows by. They point at the built-in causes, so the folder loads beside the built-in catalog
(`--patterns OUTDIR`). Their examples are canonical strings the rule matches; whether its cause ranks
first among thousands of rivals is not the point (a failing example only warns).

With --passing every rule is a white or amber blink of a count of its own (100 + its index), weight
0.9, so that its one example ranks its cause first and the catalog's examples all pass: the catalog
is remembered as checked, and a second load does not run them (docs/catalog.md).
"""
import random
import sys
import os

CAUSES = ("low-battery motion-detected recording network-offline wifi-band-mismatch wifi-password "
          "setup-in-progress setup-failed firmware-frozen pairing-mode reset-in-progress reset-not-triggered "
          "button-pressed sync-module-offline sync-module-ready sync-module-rebooting sync-module-starting online "
          "network-settings-changing spurious-error restarting reset-complete reset-stuck").split()
DEVICES = "mini mini-2 mini-2k-plus indoor outdoor outdoor-4 xt xt2 doorbell sync-module sync-module-2 sync-module-xr".split()
CONTEXTS = ("setup after-reset network-change motion recording power-cycle new-batteries app-offline "
            "internet-restored").split()
COLORS = "red blue green white amber".split()
KINDS = ["blink", "solid", "off", "alt"]
SPEEDS = ["slow", "medium", "fast"]


def event(rng):
    """A (pattern, example token) pair for one event."""
    color = rng.choice(COLORS)
    kind = rng.choice(KINDS)
    if kind == "alt":
        other = rng.choice([c for c in COLORS if c != color])
        pair = "-".join(sorted([color, other]))
        return f"{pair}:alt:[^ ]*", f"{pair}:alt:_:_:_:_:_"
    if kind == "blink":
        count = rng.randint(1, 12)
        speed = rng.choice(SPEEDS + ["_"])
        speed_pattern = "[^: ]*" if speed == "_" else speed
        return (f"{color}:blink:{count}:{speed_pattern}:[^ ]*",
                f"{color}:blink:{count}:{'medium' if speed == '_' else speed}:_:_:_")
    return f"{color}:{kind}:[^ ]*", f"{color}:{kind}:_:_:_:_:_"


def rule(index, rng, passing=False):
    if passing:
        color = rng.choice(["white", "amber"])
        speed = rng.choice(SPEEDS)
        first = f"{color}:blink:{100 + index}:{speed}:[^ ]*"
        first_token = f"{color}:blink:{100 + index}:{speed}:_:_:_"
    else:
        first, first_token = event(rng)
    pattern = "(?<![^ &])" + first
    tokens = [first_token]
    if not passing and rng.random() < 0.4:
        second, second_token = event(rng)
        pattern += " (?:[^ ]+ )*?" + second
        tokens.append(second_token)
    lines = [f"  - id: synthetic-{index:05d}", f"    cause: {rng.choice(CAUSES)}",
             f"    pattern: '{pattern}'"]
    device = "?"
    if not passing and rng.random() < 0.5:
        devices = sorted(rng.sample(DEVICES, rng.randint(1, 3)))
        device = devices[0]
        lines.append(f"    devices: [{', '.join(devices)}]")
    context = "-"
    if not passing and rng.random() < 0.3:
        required = rng.choice(CONTEXTS)
        context = required
        lines.append(f"    contexts: {{required: [{required}]}}")
    lines += [f"    weight: {0.9 if passing else rng.randint(3, 9) / 10}",
              "    explanation: A synthetic rule for the catalog-scale benchmark.",
              "    sources: [{ref: \"synthetic\", tier: guide}]",
              "    status: experimental",
              "    examples:",
              f"      match: [{{text: \"dev={device} ctx={context} : {' '.join(tokens)}\"}}]",
              "      no_match: [{text: \"dev=? ctx=- : purple:solid:_:_:_:_:_\"}]"]
    return "\n".join(lines)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    # 1,000 rules a file: a file may hold at most 250,000 YAML nodes (docs/reliability.md, guarantee 6).
    for start in range(0, count, 1000):
        with open(os.path.join(out, f"synthetic-{start // 1000:03d}.yaml"), "w") as f:
            f.write("rules:\n")
            for index in range(start, min(count, start + 1000)):
                f.write(rule(index, rng, passing="--passing" in sys.argv) + "\n")


if __name__ == "__main__":
    main()
