import TestSupport
import Testing

@testable import LEDBatch

/// Damaged compressed input, as a disk, a network or a half-written rotation leaves it: seeded byte flips,
/// cuts, insertions and appended junk in a gzip member and a zstd frame. Whatever the damage, the batch
/// returns, its counts add up, it names at most one damaged place inside the input, and it never loses
/// or changes data in silence: when it reports neither damage nor a rejected line, its records are those
/// of the undamaged log (gzip's CRC-32 and zstd's content checksum make that a promise, not luck).
@Suite("Batch: mutated compressed input")
struct BatchCompressionMutationTests {
    /// One way of damaging bytes.
    enum Mutation: CaseIterable, CustomStringConvertible {
        case flip, cut, insert, append, zero

        var description: String {
            switch self {
            case .flip: "flip a byte"
            case .cut: "cut the end off"
            case .insert: "insert junk"
            case .append: "append junk"
            case .zero: "zero a run"
            }
        }

        /// `bytes` damaged this way at a place `random` chooses.
        func apply(to bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
            var damaged = bytes
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch self {
            case .flip:
                damaged[at] ^= UInt8.random(in: 1...255, using: &random)
            case .cut:
                damaged.removeSubrange(max(at, 1)...)
            case .insert:
                damaged.insert(contentsOf: junk(using: &random), at: at)
            case .append:
                damaged += junk(using: &random)
            case .zero:
                let end = min(bytes.count, at + Int.random(in: 1...16, using: &random))
                damaged.replaceSubrange(at..<end, with: repeatElement(0, count: end - at))
            }
            return damaged
        }

        private func junk(using random: inout SplitMix64) -> [UInt8] {
            (0..<Int.random(in: 1...24, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        }
    }

    static let options = BatchOptions(jobs: 2, finishOnInterrupt: true)

    @Test(
        "damaged gzip and zstd input: it returns, adds up, names the damage, and never changes records in silence",
        arguments: Mutation.allCases)
    func mutated(mutation: Mutation) throws {
        let plain = Array(GeneratedLog.interleaved(seed: 21, devices: 6, episodesPerDevice: 3).utf8)
        let original = try BatchCompressionTests.run(plain, options: Self.options)
        #expect(original.summary.episodes >= 6)
        var random = SplitMix64(seed: 0x5EED_0000 + UInt64(Mutation.allCases.firstIndex(of: mutation) ?? 0))
        var reported = 0
        for (name, compress) in BatchCompressionTests.compressions {
            let compressed = compress(plain)
            for round in 0..<40 {
                let damaged = mutation.apply(to: compressed, using: &random)
                let got = try BatchCompressionTests.run(damaged, options: Self.options)
                let summary = got.summary
                let label = "\(name), \(mutation), round \(round)"
                #expect(summary.isConsistent, "\(label)")
                #expect(summary.damaged.count <= 1, "\(label)")
                for damage in summary.damaged {
                    #expect((0...damaged.count).contains(damage.offset), "\(label): offset \(damage.offset)")
                    #expect(!damage.reason.isEmpty, "\(label)")
                }
                if summary.damaged.isEmpty, summary.rejected == 0 {
                    let same = got.output == original.output
                    #expect(same, "\(label): records changed with nothing reported (\(summary.episodes) episodes)")
                } else {
                    reported += 1
                }
            }
        }
        // The test must see damage: a mutation that the decoders never noticed would prove nothing.
        #expect(reported > 0, "\(mutation): no round was reported as damaged")
    }
}
