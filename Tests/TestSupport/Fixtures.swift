package import LEDEngine

// Catalogs and tables that unit tests and the command-line tests both use.

/// A devices file of one test camera (`cam`), for catalogs of the tests' own.
package enum CatalogFixtures {
    package static let testCamera = """
        devices:
          - id: cam
            name: Test Camera
            aliases: ["Test Cam"]
            kind: battery-camera
            leds: [red, blue]
            power: aa-lithium
            reset:
              - {location: "inside the battery case", hold_seconds: [5, 10], source: guide.txt, tier: guide}
            sources: [{ref: guide.txt, tier: guide}]
        """
}

/// The small evaluation counted exactly: a catalog of its own and eight labelled rows.
package enum EvaluationFixtures {
    /// A complete catalog of two causes: six or five red flashes after a solid blue are low batteries,
    /// any red blinking is the network.
    package static let catalogFiles = [
        CatalogFile(name: "eval/devices.yaml", text: CatalogFixtures.testCamera),  // the test camera
        CatalogFile(
            name: "eval/causes.yaml",
            text: """
                causes:
                  - id: low-battery
                    title: Low battery
                    meaning: The batteries are low.
                    severity: warning
                    fixes: [{fix: replace-batteries, probability: 0.9}]
                    sources: [{ref: guide.txt, tier: guide}]
                  - id: network-offline
                    title: Offline
                    meaning: The camera cannot reach the internet.
                    severity: fault
                    fixes: [{fix: replace-batteries, probability: 0.1}]
                    sources: [{ref: guide.txt, tier: guide}]
                fixes:
                  - id: replace-batteries
                    title: Replace the batteries
                    minutes: 5
                    destructive: false
                    steps: ["Put in two new AA lithium batteries."]
                    sources: [{ref: guide.txt, tier: guide}]
                """),
        CatalogFile(
            name: "eval/rules.yaml",
            text: """
                rules:
                  - id: battery-burst
                    cause: low-battery
                    pattern: 'blue:solid:[^ ]* red:blink:[56]:[^ ]*'
                    weight: 0.9
                    explanation: Red flashes after recording mean low batteries.
                    sources: [{ref: guide.txt, tier: guide}]
                    status: stable
                    examples:
                      match: [{text: "dev=cam ctx=- : blue:solid red:blink:6"}]
                      no_match: [{text: "dev=cam ctx=- : red:blink:6"}]
                  - id: network-red
                    cause: network-offline
                    pattern: '(?<![^ &])red:blink:[^ ]*'
                    weight: 0.5
                    explanation: Blinking red means the camera is offline.
                    sources: [{ref: guide.txt, tier: guide}]
                    status: stable
                    examples:
                      match: [{text: "dev=cam ctx=- : red:blink:6"}]
                      no_match: [{text: "dev=cam ctx=- : blue:solid"}]
                """),
    ]

    /// Eight rows and what each should count as (top-1, top-3, facts):
    /// 1 ✓ ✓ ✓; 2 ✓ ✓ ✗ (count); 3 ✗ ✓ –; 4 ✓ ✓ ✓ (no diagnosis); 5 ✗ ✗ ✓ (bucket);
    /// 6 ✓ ✓ ✓ (unreadable, empty pattern); 7 ✗ ✗ ✗ (unreadable, context); 8 ✗ ✗ – (unknown device).
    package static let labelled = """
        # device\tobservation\texpected\tfacts\ttag
        cam\tdev=? ctx=- : blue:solid red:blink:6\tlow-battery\tctx=- : blue:solid:_:_:_:_:_ red:blink:6:_:_:_:_\tburst
        -\tdev=? ctx=- : red:blink:6\tnetwork-offline\tctx=- : red:blink:5:_:_:_:_\tburst
        cam\tdev=? ctx=- : blue:solid red:blink:6\tnetwork-offline\t\tburst
        -\tdev=? ctx=- : green:solid\t-\tctx=- : green:solid:_:_:_:_:_\tquiet
        -\tdev=? ctx=- : red:blink:_:_:minutes=180\t-\tctx=- : red:blink:_:_:minutes:_:_\tquiet
        -\tdev=? ctx=- : purple:flash\t-\tctx=- :
        -\tdev=? ctx=- : purple:flash\tlow-battery|network-offline\tctx=setup :
        nosuch\tdev=? ctx=- : red:blink\tnetwork-offline

        """
}

/// A catalog with one mistake of every kind the linter warns about.
package enum LintFixtures {
    package static let flawed = """
        devices:
          - id: cam
            name: Test Cam
            aliases: ["Test Cam"]
            kind: battery-camera
            leds: [red, blue]
            power: aa-lithium
            reset: []
            sources: [{ref: "test", tier: guide}]
        causes:
          - id: alpha
            title: Alpha
            meaning: "A."
            severity: fault
            fixes: [{fix: fix-a, probability: 0.9}]
            sources: [{ref: "test", tier: guide}]
          - id: beta
            title: Beta
            meaning: "B."
            severity: warning
            fixes: [{fix: fix-a, probability: 0.5}]
            sources: [{ref: "test", tier: guide}]
          - id: lonely
            title: Lonely
            meaning: "No rule points here."
            severity: warning
            fixes: []
            sources: [{ref: "test", tier: guide}]
        fixes:
          - id: fix-a
            title: Fix A
            minutes: 2
            destructive: false
            steps: ["Do A.", {do: "Wait 30 seconds.", differ: "Wait 10 or 30 seconds (the guides disagree)."}]
            sources: [{ref: "test", tier: guide}]
          - id: fix-unused
            title: Fix nobody names
            minutes: 2
            destructive: false
            steps: ["Do nothing."]
            sources: [{ref: "test", tier: guide}]
        fragments:
          t-red: '(?<![^ &])red:blink:'
          t-unused: 'blue:solid:'
          t-inner: 'red'
          t-outer: '(?<![^ &]){{t-inner}}:blink:'
        rules:
          - id: red-blink-alpha
            cause: alpha
            pattern: '{{t-red}}[^ ]*'
            weight: 0.6
            explanation: "Red blinking is alpha."
            sources: [{ref: "test", tier: guide}]
            status: stable
            examples:
              match:
                - {text: "blinking red"}
                - {text: "red x6 after blue"}
              no_match:
                - {text: "solid blue"}
          - id: red-blink-beta
            cause: beta
            pattern: '{{t-outer}}[^ ]*'
            weight: 0.5
            explanation: "Red blinking is beta too."
            sources: [{ref: "test", tier: guide}]
            status: stable
            examples:
              match:
                - {text: "blinking red"}
              no_match:
                - {text: "solid red"}
          - id: anything-broad
            cause: alpha
            pattern: ' : .*'
            weight: 0.3
            explanation: "Anything at all."
            sources: [{ref: "test", tier: guide}]
            status: stable
            examples:
              match:
                - {text: "solid green"}
                - {text: "blinking green"}
                - {text: "blinking blue"}
              no_match:
                - {text: "flashing red and blue"}
                - {text: "nothing happens"}
          - id: blue-stub
            cause: beta
            pattern: '(?<![^ &])blue:'
            weight: 0.5
            explanation: "Blue, somehow."
            sources: [{ref: "test", tier: guide}]
            status: stable
            examples:
              match:
                - {text: "solid blue for a minute"}
              no_match:
                - {text: "solid red"}
          - id: catastrophic
            cause: beta
            pattern: '^(?:[a-z0-9_:=.?/& -]+-?)*(?:!|@)$'
            weight: 0.5
            explanation: "Backtracks forever."
            sources: [{ref: "test", tier: guide}]
            status: stable
            examples:
              match:
                - {text: "solid red"}
              no_match:
                - {text: "solid blue"}
        """

    package static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}
