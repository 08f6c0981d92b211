import Foundation
import TestSupport
import Testing

@testable import LEDSupport

@Suite("JSON writer")
struct JSONWriterTests {
    /// The escaping RFC 8259 requires, one byte at a time: the reference the fast writer must equal.
    static func reference(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func written(_ value: String) -> String {
        var writer = JSONWriter()
        writer.string(value)
        return writer.text
    }

    @Test(
        "every character that needs escaping, at every offset around an 8-byte word",
        arguments: Array(0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) } + ["\"", "\\"])
    func escapesAtEveryOffset(special: Character) {
        for offset in 0..<20 {
            for tail in [0, 1, 7, 8, 9] {
                let value =
                    String(repeating: "a", count: offset) + String(special) + String(repeating: "é", count: tail)
                #expect(Self.written(value) == Self.reference(value), "offset \(offset), tail \(tail)")
            }
        }
    }

    @Test("plain strings of every length up to 40, each byte different, and with an escape last")
    func everyLength() {
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ")
        for length in 0...40 {
            let plain = String(alphabet.prefix(length))
            #expect(Self.written(plain) == Self.reference(plain), "length \(length)")
            let escapedLast = String(alphabet.prefix(length)) + "\""
            #expect(Self.written(escapedLast) == Self.reference(escapedLast), "length \(length) + quote")
            var writer = JSONWriter()
            writer.beginArray()
            writer.string(plain)
            writer.raw(plain.isEmpty ? "0" : "1")
            writer.endArray()
            #expect(
                writer.text == "[" + Self.reference(plain) + "," + (plain.isEmpty ? "0" : "1") + "]",
                "length \(length) in an array")
        }
    }

    @Test(
        "strings read back as themselves",
        arguments: [
            "", "plain ASCII text longer than eight bytes", "é ü ✓ 🙂 日本語", "\u{7F}\u{80}\u{FFFD}", "x\"y\\z\u{1}\u{1F}",
            String(repeating: "\"", count: 17), String(repeating: "\\", count: 9) + "end",
            "mixed \n\r\t in \u{0} the middle",
        ])
    func roundTrips(value: String) throws {
        let json = Self.written(value)
        #expect(json == Self.reference(value))
        let decoded = try JSONSerialization.jsonObject(with: Data(("[" + json + "]").utf8)) as? [String]
        #expect(decoded == [value])
    }

    @Test("containers, commas and numbers")
    func structure() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.string("v", key: "a")
        writer.beginArray("list")
        writer.integer(0)
        writer.integer(-12)
        writer.integer(Int.max)
        writer.number(0.5)
        writer.number(3)
        writer.number(.nan)
        writer.number(nil)
        writer.bool(true)
        writer.null()
        writer.beginObject()
        writer.endObject()
        writer.beginArray()
        writer.endArray()
        writer.endArray()
        writer.raw("{\"x\":1}", key: "raw")
        writer.endObject()
        writer.integer(Int.min)
        #expect(
            writer.text
                == #"{"a":"v","list":[0,-12,9223372036854775807,0.5,3,null,null,true,null,{},[]],"#
                + #""raw":{"x":1}},-9223372036854775808"#)
    }
}

@Suite("JSON writer: numbers")
struct JSONWriterNumberTests {
    static func written(_ value: Double) -> String {
        var writer = JSONWriter()
        writer.number(value)
        return writer.text
    }

    /// What the writer printed before it had a fast path: integers as integers, others as Swift's
    /// shortest round-trip text.
    static func reference(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : value.description
    }

    @Test(
        "numbers rounded to four decimals print as Swift's shortest text",
        arguments: [
            0.9024, 0.5, 0.0001, -0.0001, 0.1, 0.12, 0.123, 0.1235, 1.5, 10.25, 36.238, 251.697, 12345.6789, -3.75,
            99999999.9999,
            0.30000000000000004, 1e-5, 1e20, 123456789012.5, 1.0 / 3.0, -2.0 / 3.0, 0.49999999999999994,
        ])
    func fixedCases(value: Double) {
        #expect(Self.written(value) == Self.reference(value))
    }

    @Test("100 000 random values, rounded and not")
    func randomValues() {
        var generator = SplitMix64(seed: 0x4A53_4F4E)  // seeded: a failure reproduces
        for _ in 0..<50_000 {
            let units = Int64.random(in: -2_000_000_000...2_000_000_000, using: &generator)
            let rounded = Double(units) / 10_000
            #expect(Self.written(rounded) == Self.reference(rounded), "\(units)")
            let raw = Double.random(in: -1e6...1e6, using: &generator)
            #expect(Self.written(raw) == Self.reference(raw), "\(raw)")
        }
    }
}
