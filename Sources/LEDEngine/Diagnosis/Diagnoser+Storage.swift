import LEDCore
import LEDInput
import LEDSupport

extension Diagnoser {
    /// Everything a diagnoser holds, built once and shared by its copies: a ``Diagnoser`` is one
    /// reference to this, so copying it (into a question planner, a guided session, a batch worker)
    /// costs a retain. Every property is a `let` of a `Sendable` type, so the class is `Sendable`.
    final class Storage: Sendable {
        /// The catalog the rules come from.
        let catalog: Catalog
        /// The numbers behind the ranking.
        let policy: RankingPolicy
        /// The parser for typed text, knowing the catalog's device names.
        let parser: TextObservationParser
        /// The catalog's device names and aliases.
        let deviceNames: DeviceAliasTable
        /// For each cause (by index in `catalog.causes`), its fixes as (index into `catalog.fixes`,
        /// probability), resolved once.
        let causeFixes: [[(fix: Int, probability: Double)]]
        /// The rules' devices, contexts and causes as numbers.
        let rules: RuleTable
        /// P(yes | cause) for every context and cause: what an answer weighs.
        let likelihoods: CauseLikelihoods
        /// Each fix's index in `catalog.fixes`, by id.
        let fixIndex: [String: Int]
        /// Each fix's cost in minutes as a plan counts it (setup again after a destructive one), by index in
        /// `catalog.fixes`.
        let fixCosts: [Double]
        /// The fixes offered only when contexts hold (``Fix/requires``), with those contexts as bits.
        let conditionalFixes: [(fix: Int, requires: UInt64)]
        /// Fix plans already made, by device and ranked causes (a batch meets the same few hundred often).
        let plans = SharedMemo<FixPlan.Key, FixPlan>()
        /// The fix lists reports show, by the plan and device they are made from
        /// (``Diagnoser/plannedFixes(_:device:)``).
        let fixLists = SharedMemo<FixPlan.ListKey, [PlannedFix]>()
        /// Questions already weighed, by the match outcome and the rules' hits with each answer.
        let questions = SharedMemo<QuestionPlanner.Key, DiagnosticQuestion?>()
        /// Rankings and their fix plans already made, by match outcome.
        let rankings = SharedMemo<MatchOutcome, Ranking>()
        /// Whether the memos above are used; without them every ranking, fix plan, fix list and question is
        /// made afresh (the reference path the memos are checked against).
        let memoises: Bool

        /// The storage for `catalog`.
        init(catalog: Catalog, policy: RankingPolicy, vocabulary: TimingVocabulary, prefilter: Bool, memo: Bool) {
            self.catalog = catalog
            self.memoises = memo
            self.policy = policy
            let deviceNames = DeviceAliasTable(catalog.deviceAliases)
            self.deviceNames = deviceNames
            let fixIndex = Dictionary(
                catalog.fixes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            self.causeFixes = catalog.causes.map { cause in
                cause.fixes.compactMap { link in fixIndex[link.fix].map { ($0, link.probability) } }
            }
            self.rules = RuleTable(catalog, prefilter: prefilter)
            self.likelihoods = CauseLikelihoods(catalog: catalog, rules: rules, policy: policy)
            self.fixIndex = fixIndex
            self.fixCosts = catalog.fixes.map { $0.minutes + ($0.destructive ? policy.setupMinutes : 0) }
            self.conditionalFixes = catalog.fixes.enumerated().filter { !$1.requires.isEmpty }.map {
                ($0, RuleTable.bits($1.requires))
            }
            self.parser = TextObservationParser(
                devices: deviceNames, vocabulary: vocabulary,
                separateLEDs: Dictionary(
                    catalog.devices.filter { $0.separateLEDs.count > 1 }.map { ($0.id, Set($0.separateLEDs)) },
                    uniquingKeysWith: { first, _ in first }),
                contextPhrases: catalog.contextPhrases)
        }
    }
}
