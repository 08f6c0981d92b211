public import LEDCore

/// The loaded, validated knowledge: devices, causes, fixes and rules. Immutable and shareable.
///
/// Build one with ``CatalogLoader`` (or ``Catalog/builtin(jit:)``); a catalog that exists is complete —
/// loading fails as a whole rather than giving a half-loaded catalog.

public struct Catalog: Sendable {
    /// Devices, in file order.
    public let devices: [DeviceModel]
    /// Causes, in file order.
    public let causes: [Cause]
    /// Fixes, in file order.
    public let fixes: [Fix]
    /// Rules, in file order.
    public let rules: [Rule]
    /// The fragments that rules and light questions use, expanded, by name (every fragment's place is in
    /// ``fragmentLocations``).
    public let fragments: [String: String]
    /// Where each fragment is defined.
    public let fragmentLocations: [String: CatalogLocation]
    /// The yes/no question that asks about each context, from the `contexts` section.
    public let contextQuestions: [ObservationContext: ContextQuestion]
    /// The everyday words that say each context ("whenever a car drives past" is motion), from the
    /// `contexts` section's `phrases`: lower case, words separated by one space, apostrophes straight.
    public let contextPhrases: [ObservationContext: [String]]
    /// The questions about the light itself, from the `light_questions` section, in file order.
    public let lightQuestions: [LightQuestion]

    private let deviceIndex: [String: Int]
    private let causeIndex: [String: Int]
    private let fixIndex: [String: Int]
    private let ruleIndex: [String: Int]

    init(
        devices: [DeviceModel], causes: [Cause], fixes: [Fix], rules: [Rule], fragments: [String: String],
        fragmentLocations: [String: CatalogLocation], contextQuestions: [ObservationContext: ContextQuestion],
        contextPhrases: [ObservationContext: [String]] = [:], lightQuestions: [LightQuestion] = []
    ) {
        self.lightQuestions = lightQuestions
        self.contextQuestions = contextQuestions
        self.contextPhrases = contextPhrases
        self.devices = devices
        self.causes = causes
        self.fixes = fixes
        self.rules = rules
        self.fragments = fragments
        self.fragmentLocations = fragmentLocations
        deviceIndex = Dictionary(devices.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        causeIndex = Dictionary(causes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        fixIndex = Dictionary(fixes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The device with this id.
    public func device(_ id: String) -> DeviceModel? { deviceIndex[id].map { devices[$0] } }
    /// The cause with this id.
    public func cause(_ id: String) -> Cause? { causeIndex[id].map { causes[$0] } }
    /// The fix with this id.
    public func fix(_ id: String) -> Fix? { fixIndex[id].map { fixes[$0] } }
    /// The question that asks whether `context` holds, if the catalog has one.
    public func question(for context: ObservationContext) -> String? { contextQuestions[context]?.text }
    /// The question about the light with this id.
    public func lightQuestion(_ id: String) -> LightQuestion? { lightQuestions.first { $0.id == id } }
    /// The rule with this id.
    public func rule(_ id: String) -> Rule? { ruleIndex[id].map { rules[$0] } }
    /// The index in ``rules`` of the rule with `id`.
    package func ruleIndex(of id: String) -> Int? { ruleIndex[id] }

    /// Every device name and alias, mapped to its device id (for the text parser).
    public var deviceAliases: [String: String] {
        var table: [String: String] = [:]
        for device in devices {
            table[device.id] = device.id
            table[device.name] = device.id
            for alias in device.aliases { table[alias] = device.id }
        }
        return table
    }
}
