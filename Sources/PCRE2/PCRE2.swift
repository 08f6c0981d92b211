import CPCRE2

/// Facts about the PCRE2 library this module is linked against.
///
/// The compiled-pattern type is ``CompiledPattern``; this namespace only answers questions about the
/// library itself.
public enum PCRE2 {
    /// The PCRE2 library version and release date, e.g. `"10.42 2022-12-11"`.
    public static let version: String = {
        let what = UInt32(PCRE2_CONFIG_VERSION)
        // With a null buffer, pcre2_config returns the length in code units including the terminator.
        let length = Int(pcre2_config_8(what, nil))
        guard length > 0 else { return "unknown" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            buffer.initialize(repeating: 0)
            guard pcre2_config_8(what, buffer.baseAddress) > 0 else { return "unknown" }
            let text = buffer.prefix { $0 != 0 }
            return String(decoding: text, as: UTF8.self)
        }
    }()

    /// Whether the linked PCRE2 library was built with JIT support for this machine.
    ///
    /// When `false`, every ``CompiledPattern`` uses the ``MatchEngine/interpreter``.
    public static let jitAvailable: Bool = {
        var value: UInt32 = 0
        guard pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &value) >= 0 else { return false }
        return value == 1
    }()
}
