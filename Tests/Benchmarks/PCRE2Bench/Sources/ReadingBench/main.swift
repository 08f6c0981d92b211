// Release benchmark of the text reader (issue "Reading what owners write"): a typical observation must
// parse in at most 20 µs; 100 KB of random text must come back (read or refused) in under 100 ms.
// Run from Tests/Benchmarks/PCRE2Bench: swift run -c release --scratch-path ../../../.build-bench ReadingBench
import Foundation
import LEDDiagnostics

let diagnoser = try Diagnoser.builtin()
let parser = diagnoser.parser

/// Median wall time of `body` over `runs` runs, in seconds.
func median(runs: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    times.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[runs / 2]
}

let typical = [
    "red x6 after blue", "solid blue, no blink", "it flashes red six times right after the blue light goes off",
    "my Blink Mini keeps flashing red", "Sync module: blue steady, green flashing",
    "Hi there, the red light on our Outdoor 4 has been flashing since Sunday, although the Wi-Fi is fine. Thanks!",
    "at 7:10 it went solid blue, by 7:12 it was blinking green",
    "it used to blink blue after a reset; now it blinks red",
]
print("Text reader, release build (median of 2 000 parses each):")
var worst = 0.0
for text in typical {
    let seconds = median(runs: 2_000) { _ = try? parser.parse(text, device: "outdoor-4") }
    worst = max(worst, seconds)
    print(String(format: "  %7.2f µs  %@", seconds * 1e6, text))
}
print(String(format: "  slowest typical observation: %.2f µs (target ≤ 20 µs)", worst * 1e6))

// 100 KB of random text: words of the vocabulary mixed with noise, and pure noise.
let words = [
    "red", "blue", "green", "blinking", "solid", "then", "after", "x6", "not", "when", "reset", "the", "it", "7:10",
    "used", "to", "now", "every", "2", "seconds", "½", "ｒｅｄ", "flashng", ",", ".", "and", "with", "no", "green",
]
func randomText(vocabularyShare: Double) -> String {
    var generator = SystemRandomNumberGenerator()
    var text = ""
    while text.utf8.count < 100_000 {
        if Double.random(in: 0..<1, using: &generator) < vocabularyShare {
            text += words.randomElement(using: &generator) ?? "red"
        } else {
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                text.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0x21...0x7E, using: &generator)))
            }
        }
        text += " "
    }
    return text
}
for share in [0.0, 0.5, 0.9, 1.0] {
    let text = randomText(vocabularyShare: share)
    let seconds = median(runs: 5) { _ = try? parser.parse(text) }
    print(
        String(
            format: "  100 KB random text, %3.0f %% vocabulary: %7.2f ms (target < 100 ms)", share * 100, seconds * 1e3)
    )
}
