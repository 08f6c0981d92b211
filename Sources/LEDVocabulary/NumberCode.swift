/// Non-negative integers written as printable ASCII, for tables kept in Swift string literals: each number
/// is its base-32 digits, lowest first, each digit but the last with 32 added, each written as the character
/// `"0"` plus its value (`"0"` … `"o"`: no quote, backslash or `#`, so a raw string literal `#"…"#` holds them).
package enum NumberCode {
    /// Appends numbers to a text.
    package struct Writer: Sendable {
        package private(set) var text = ""

        package init() {}

        /// Appends `value` (at least 0).
        package mutating func append(_ value: Int) {
            var rest = UInt(max(value, 0))
            var digits: [UInt8] = []
            while rest >= 32 {
                digits.append(UInt8(ascii: "0") + 32 + UInt8(rest & 31))
                rest >>= 5
            }
            digits.append(UInt8(ascii: "0") + UInt8(rest))
            text += String(decoding: digits, as: UTF8.self)
        }
    }

    /// Reads numbers from the bytes of such a text.
    package struct Reader {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var position = 0

        package init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// Whether every number has been read.
        package var isAtEnd: Bool { position == bytes.count }

        /// The next number; `nil` at the end or on a byte that is not a digit.
        package mutating func next() -> Int? {
            var value = 0
            var shift = 0
            while position < bytes.count, shift < 60 {
                let digit = Int(bytes[position]) - Int(UInt8(ascii: "0"))
                guard digit >= 0, digit < 64 else { return nil }
                position += 1
                value |= (digit & 31) << shift
                if digit < 32 { return value }
                shift += 5
            }
            return nil
        }
    }
}
