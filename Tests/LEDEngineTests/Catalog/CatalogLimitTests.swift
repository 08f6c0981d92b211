import CatalogSyntax
import Testing

@testable import LEDEngine

/// The edges of each catalog limit (`CatalogLimits`), with small limits: exactly at a limit loads, one
/// more fails, at the right place. `CatalogBombTests` has the bombs themselves at the standard limits.
@Suite("Catalog limits")
struct CatalogLimitTests {
    /// The nodes of a tree: scalars, lists and mappings, keys included.
    static func count(_ node: CatalogNode) -> Int {
        switch node {
        case .scalar: return 1
        case .sequence(let items, _): return items.reduce(1) { $0 + count($1) }
        case .mapping(let pairs, _): return pairs.reduce(1) { $0 + count($1.key) + count($1.value) }
        }
    }

    static func yamlLimits(aliases: Int = 100, nodes: Int) -> CatalogYAMLLimits {
        CatalogYAMLLimits(maximumAliases: aliases, maximumNodes: nodes)
    }

    static let aliasSamples = [
        CatalogBombTests.aliasBomb(levels: 3),
        // An anchor defined again: inside its new definition, *x is still the old one.
        "a: &x 1\nb: &x [*x, *x]\nc: [*x, *x]\n",
        // Anchors inside an anchored node, aliases of both, a scalar alias as a key.
        "a: &m {k: &s v, l: [*s]}\nb: *m\nc: [*m, *s]\n*s : 1\n",
        "rules:\n  - &r\n    id: a\n    pattern: 'x'\n  - *r\n  - *r\n",
    ]

    @Test("the check counts exactly the nodes of the tree it lets through", arguments: aliasSamples)
    func countsExactly(_ yaml: String) throws {
        let tree = try #require(try CatalogNode.parse(yaml: yaml))
        let nodes = Self.count(tree)
        #expect(try CatalogNode.parse(yaml: yaml, limits: Self.yamlLimits(nodes: nodes)) == tree)
        #expect(throws: CatalogYAMLLimitError.self) {
            try CatalogNode.parse(yaml: yaml, limits: Self.yamlLimits(nodes: nodes - 1))
        }
    }

    @Test("the check counts the built-in files exactly too")
    func builtinCountsExactly() throws {
        for file in Catalog.builtinFiles {
            let tree = try #require(try CatalogNode.parse(yaml: file.text), "\(file.name)")
            let nodes = Self.count(tree)
            #expect(try CatalogNode.parse(yaml: file.text, limits: Self.yamlLimits(nodes: nodes)) == tree)
            #expect(throws: CatalogYAMLLimitError.self, "\(file.name)") {
                try CatalogNode.parse(yaml: file.text, limits: Self.yamlLimits(nodes: nodes - 1))
            }
        }
    }

    @Test("one alias more than the limit is refused at that alias")
    func aliasCount() throws {
        let yaml = "a: &a x\nb: [*a, *a, *a, *a]\n"
        #expect(try CatalogNode.parse(yaml: yaml, limits: Self.yamlLimits(aliases: 4, nodes: 100)) != nil)
        let error = try #require(throws: CatalogYAMLLimitError.self) {
            try CatalogNode.parse(yaml: yaml, limits: Self.yamlLimits(aliases: 3, nodes: 100))
        }
        #expect(error.description == "2:17: more than 3 aliases (*name) in one file, the limit")
    }

    @Test("a file over the node limit without aliases is told to split")
    func writtenNodes() throws {
        let error = try #require(throws: CatalogYAMLLimitError.self) {
            try CatalogNode.parse(yaml: "[a, b, c]", limits: Self.yamlLimits(nodes: 3))
        }
        #expect(
            error.description
                == "1:8: the file holds more than 3 nodes, the limit for one file: split it into several files")
    }

    @Test(
        "keys that are lists or mappings are refused; scalar keys and aliases of scalars are not",
        arguments: [
            ("? [a, b]\n: 1\n", "1:3"), ("{[a]: 1}", "1:2"), ("{{a: 1}: 1}", "1:2"),
            ("l: &l [a]\nm: {*l : 1}\n", "2:5"),
            ("a: &k name\n*k : 1\n", nil), ("{a: 1, b: [1, {c: d}]}", nil),
        ])
    func complexKeys(_ yaml: String, refusedAt place: String?) throws {
        do {
            _ = try CatalogNode.parse(yaml: yaml)
            #expect(place == nil, "\(yaml.debugDescription) was not refused")
        } catch let error as CatalogYAMLLimitError {
            #expect(error.description.hasPrefix("\(place ?? "-"):"), "\(error)")
            #expect(error.message.contains("a mapping key must be a name"))
        }
    }

    @Test("YAML errors are Yams' as before: an unknown alias, a second document")
    func yamlErrorsUnchanged() {
        #expect(throws: (any Error).self) { try CatalogNode.parse(yaml: "a: *nowhere\n") }
        #expect(throws: (any Error).self) { try CatalogNode.parse(yaml: "a: 1\n---\nb: [*x, *x]\n") }
        #expect(throws: Never.self) { try CatalogNode.parse(yaml: "") }
    }

    // MARK: - Patterns

    /// Patterns may expand to 20 bytes each, 30 in all.
    static let small = CatalogLimits(
        yaml: CatalogYAMLLimits(maximumAliases: 10, maximumNodes: 1_000), patternBytes: 20, totalPatternBytes: 30)

    /// `f` is 16 bytes, `{{f}}` 20 expanded; `g` is 40 expanded.
    static func rules(_ patterns: [String]) -> String {
        "fragments:\n  f: 'abcdefghijklmnop'\n  g: '{{f}}{{f}}'\nrules:\n"
            + patterns.enumerated().map { CatalogBombTests.rule(id: "r\($0.offset)", pattern: $0.element) }
            .joined(separator: "\n") + "\n"
    }

    static func problems(_ patterns: [String], limits: CatalogLimits = small) -> [String] {
        do {
            _ = try CatalogBombTests.load(rules(patterns), limits: limits)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test("a pattern of exactly the limit loads; unused fragments over it are no problem")
    func patternAtTheLimit() throws {
        let catalog = try CatalogBombTests.load(Self.rules(["{{f}}"]), limits: Self.small)
        #expect(catalog.rules.first?.resolvedPattern == "(?:abcdefghijklmnop)")
        #expect(catalog.fragments == ["f": "abcdefghijklmnop"])
    }

    @Test("a pattern one byte over is reported at the pattern")
    func patternOverTheLimit() {
        #expect(
            Self.problems(["{{f}}x"]) == [
                "bomb.yaml:5:43: error: rule \"r0\": the pattern expands to 21 bytes, over the limit of 20 for an "
                    + "expanded fragment or pattern"
            ])
    }

    @Test("a fragment over the limit is reported once, at the fragment, however many patterns use it")
    func fragmentOverTheLimit() {
        #expect(
            Self.problems(["{{g}}", "x{{g}}"]) == [
                "bomb.yaml:3:3: error: fragment \"g\" expands to 40 bytes, over the limit of 20 for an expanded "
                    + "fragment or pattern (used as rule \"r0\" → g)"
            ])
    }

    @Test("the patterns together over the total are reported once, at the first pattern that crosses it")
    func totalOverTheLimit() {
        #expect(
            Self.problems(["{{f}}", "{{f}}", "{{f}}"]) == [
                "bomb.yaml:6:43: error: rule \"r1\": the patterns expand to 40 bytes with this one, over the limit "
                    + "of 30 for all the patterns of a catalog together (later patterns are not compiled)"
            ])
    }

    @Test("an unused fragment is still checked: unknown names, cycles, an unclosed {{")
    func unusedFragmentsChecked() {
        let text = "fragments:\n  u: '{{nope}}'\n  v: '{{w}}'\n  w: '{{v}}'\n  x: 'a{{'\n"
        let problems: [String]
        do {
            _ = try CatalogBombTests.load(text)
            problems = []
        } catch {
            problems = error.problems.map(\.description)
        }
        #expect(
            problems == [
                "bomb.yaml:2:3: error: fragment \"u\" uses unknown fragment \"{{nope}}\"",
                "bomb.yaml:3:3: error: fragment \"v\": fragments refer to each other in a cycle: v → w → v",
                "bomb.yaml:4:3: error: fragment \"w\": fragments refer to each other in a cycle: w → v → w",
                "bomb.yaml:5:3: error: fragment \"x\": \"{{\" without a closing \"}}\"",
            ])
    }
}
