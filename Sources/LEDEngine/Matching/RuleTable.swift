import LEDCore
import PCRE2

/// The catalog's rules reduced to numbers for the hot path of a diagnosis: the devices and contexts
/// each rule applies to as bit sets, its cause as an index, and where its id and its cause's id come
/// in id order (the ranking's tie-breaks). Built once per ``Diagnoser``.
struct RuleTable: Sendable {
    /// Where the observed device stands against the catalog.
    enum DeviceKey: Sendable, Equatable {
        /// No device named: every rule applies.
        case none
        /// A catalog device, by its index in `catalog.devices`.
        case known(Int)
        /// A name the catalog does not have: only rules for every device apply.
        case unknown
    }

    /// Per rule: its compiled pattern (read without copying the whole ``Rule``).
    let patterns: [CompiledPattern]
    /// Which rules could match a canonical string, from the literals their patterns require; `nil`
    /// when every rule is tried (``Diagnoser/init(catalog:policy:vocabulary:prefilter:)``).
    let prefilter: RulePrefilter?
    /// Per rule: its devices as bits over the catalog's device indices; `nil` for every device.
    let deviceBits: [[UInt64]?]
    /// Per rule: contexts that must be present, as ``contextBit(_:)`` bits.
    let required: [UInt64]
    /// Per rule: contexts that must be absent.
    let excluded: [UInt64]
    /// The contexts some rule requires or excludes, as bits.
    let decidingContexts: UInt64
    /// Per rule: whether its pattern may read the header (``HeaderBlindness``).
    let readsHeader: [Bool]
    /// The rules whose patterns may read the header, in catalog order.
    let headerReaders: [Int]
    /// The prefilter of `headerReaders` alone (a bit per position in it), with `prefilter`: what a
    /// hypothetical answer's string is scanned with before its header readers are matched on it.
    let headerReaderPrefilter: RulePrefilter?
    /// Per rule: the index of its cause in `catalog.causes` (-1 for a cause the catalog lacks).
    let cause: [Int]
    /// Per rule: the position of its id among the rule ids sorted.
    let ruleOrder: [Int]
    /// Per cause: the position of its id among the cause ids sorted.
    let causeOrder: [Int]
    /// Per device (by index in `catalog.devices`): the causes it cannot have (``Cause/applies(to:)``:
    /// low batteries on a device without batteries), as indices into `catalog.causes`.
    private let impossibleCauses: [[Int]]
    /// Per device: the contexts that hold, or do not, for every such device (``DeviceModel/contexts``), as bits.
    private let deviceContexts: [(yes: UInt64, no: UInt64)]
    private let deviceIndex: [String: Int]
    /// Per device: whether the catalog knows nothing of its LED (`leds: []`, the Wired Floodlight): rules
    /// for every device do not apply to it, only rules that name it.
    private let withoutLEDFacts: [Bool]

    init(_ catalog: Catalog, prefilter: Bool = true) {
        self.prefilter = prefilter ? RulePrefilter(patterns: catalog.rules.map(\.resolvedPattern)) : nil
        deviceIndex = Dictionary(
            catalog.devices.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let words = (catalog.devices.count + 63) / 64
        let causeIndex = Dictionary(
            catalog.causes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var deviceBits: [[UInt64]?] = []
        for rule in catalog.rules {
            guard let devices = rule.devices else {
                deviceBits.append(nil)
                continue
            }
            var bits = [UInt64](repeating: 0, count: words)
            for device in devices {
                if let index = deviceIndex[device] { bits[index >> 6] |= 1 &<< UInt64(index & 63) }
            }
            deviceBits.append(bits)
        }
        self.deviceBits = deviceBits
        withoutLEDFacts = catalog.devices.map(\.leds.isEmpty)
        patterns = catalog.rules.map(\.compiled)
        let required = catalog.rules.map { Self.bits($0.requiredContexts) }
        let excluded = catalog.rules.map { Self.bits($0.excludedContexts) }
        self.required = required
        self.excluded = excluded
        cause = catalog.rules.map { causeIndex[$0.cause] ?? -1 }
        decidingContexts = zip(required, excluded).reduce(0) { $0 | $1.0 | $1.1 }
        let readsHeader = catalog.rules.map { HeaderBlindness.readsHeader($0.resolvedPattern) }
        self.readsHeader = readsHeader
        let headerReaders = readsHeader.indices.filter { readsHeader[$0] }
        self.headerReaders = headerReaders
        headerReaderPrefilter =
            prefilter ? RulePrefilter(patterns: headerReaders.map { catalog.rules[$0].resolvedPattern }) : nil
        ruleOrder = Self.order(of: catalog.rules.map(\.id))
        causeOrder = Self.order(of: catalog.causes.map(\.id))
        deviceContexts = catalog.devices.map { device in
            (
                Self.bits(Set(device.contexts.filter(\.value).keys)),
                Self.bits(Set(device.contexts.filter { !$0.value }.keys))
            )
        }
        impossibleCauses = catalog.devices.map { device in
            catalog.causes.indices.filter { !catalog.causes[$0].applies(to: device) }
        }
    }

    /// The observed device's key.
    func key(forDevice device: String?) -> DeviceKey {
        guard let device else { return .none }
        return deviceIndex[device].map(DeviceKey.known) ?? .unknown
    }

    /// Whether rule `rule` applies to `device`.
    @inline(__always)
    func fitsDevice(_ rule: Int, _ device: DeviceKey) -> Bool {
        guard let bits = deviceBits[rule] else {
            if case .known(let index) = device { return !withoutLEDFacts[index] }
            return true
        }
        switch device {
        case .none: return true
        case .unknown: return false
        case .known(let index): return bits[index >> 6] & (1 &<< UInt64(index & 63)) != 0
        }
    }

    /// Whether some rule requires or excludes `context`, so that stating it can change which rules run.
    func decides(_ context: ObservationContext) -> Bool { decidingContexts & Self.contextBit(context) != 0 }

    /// The contexts that hold (`yes`) or do not (`no`) for every device like `device`, as bits.
    func contexts(of device: DeviceKey) -> (yes: UInt64, no: UInt64) {
        guard case .known(let index) = device else { return (0, 0) }
        return deviceContexts[index]
    }

    /// Whether `device` can have cause `cause` (an unknown or unnamed device can have any).
    @inline(__always)
    func causeFits(_ cause: Int, _ device: DeviceKey) -> Bool {
        guard case .known(let index) = device else { return true }
        return !impossibleCauses[index].contains(cause)
    }

    /// Whether rule `rule` applies with the contexts `contexts` (``bits(_:)``).
    @inline(__always)
    func fitsContexts(_ rule: Int, _ contexts: UInt64) -> Bool {
        required[rule] & ~contexts == 0 && excluded[rule] & contexts == 0
    }

    /// Every context, in declaration order: a context's bit is its position here.
    private static let allContexts = ObservationContext.allCases

    /// The position of one context among all contexts: its bit, and its column in ``CauseLikelihoods``.
    static func contextIndex(_ context: ObservationContext) -> Int {
        allContexts.firstIndex(of: context) ?? 63
    }

    /// The bit of one context.
    static func contextBit(_ context: ObservationContext) -> UInt64 {
        1 &<< UInt64(contextIndex(context))
    }

    /// The bits of a set of contexts.
    static func bits(_ contexts: Set<ObservationContext>) -> UInt64 {
        contexts.reduce(0) { $0 | contextBit($1) }
    }

    /// The contexts of `bits`, sorted.
    static func contexts(_ bits: UInt64) -> [ObservationContext] {
        allContexts.filter { bits & contextBit($0) != 0 }.sorted()
    }

    /// For each string, its position when the strings are sorted.
    private static func order(of ids: [String]) -> [Int] {
        var order = [Int](repeating: 0, count: ids.count)
        for (position, index) in ids.indices.sorted(by: { (ids[$0], $0) < (ids[$1], $1) }).enumerated() {
            order[index] = position
        }
        return order
    }
}
