/// What a fix plan depends on: the device (for device-specific steps) and the ranked causes (indices
/// into `catalog.causes`) with their confidences, in rank order.
struct FixPlanKey: Hashable, Sendable {
    var device: String?
    var causes: [Int]
    var confidences: [Double]
}

/// A fix plan: the fixes in order and the plan's expected cost in minutes.
struct FixPlanResult: Sendable {
    var fixes: [PlannedFix]
    var expectedCost: Double
}
