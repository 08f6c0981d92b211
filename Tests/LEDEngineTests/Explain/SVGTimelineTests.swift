import Foundation
import FoundationXML
import TestSupport
import Testing

@testable import LEDEngine

/// `explain --svg`: the timeline picture is valid XML with one lane per LED colour, one pulse per
/// blink, labels, a time axis and the matched rule's span highlighted.
@Suite struct SVGTimelineTests {
    static let diagnoser = ExplainTests.diagnoser

    /// The picture of an observation, parsed by Foundation's XMLParser into a small tree.
    private func picture(_ text: String, device: String? = nil) throws -> (svg: String, root: SVGNode) {
        let diagnosis = try Self.diagnoser.diagnose(text, device: device)
        let svg = TimelineSVG(catalog: Self.diagnoser.catalog).render(diagnosis)
        return (svg, try SVGNode.parse(svg))
    }

    /// Every node below `node`, in document order, whose `class` is one of `classes`.
    private func elements(_ node: SVGNode, _ classes: Set<String>) -> [SVGNode] {
        node.descendants.filter { classes.contains($0.attributes["class"] ?? "") }
    }

    private func children(_ node: SVGNode, named name: String) -> [SVGNode] {
        node.children.filter { $0.name == name }
    }

    private func number(_ node: SVGNode, _ attribute: String) -> Double? {
        node.attributes[attribute].flatMap(Double.init)
    }

    /// An observation and what its picture must show: marks per lane.
    struct LaneCase: Sendable, CustomTestStringConvertible {
        var text: String
        var device: String?
        var lanes: [String]
        var pulses: [String: Int]
        var solids: [String: Int] = [:]
        var maybe: [String: Int] = [:]
        var testDescription: String { text }
    }

    static let laneCases = [
        LaneCase(
            text: "red x6 after blue", device: "outdoor-4", lanes: ["blue", "red"], pulses: ["red": 6],
            solids: ["blue": 1]),
        LaneCase(
            text: "blinking blue and solid green", device: "sync-module-2", lanes: ["blue", "green"],
            pulses: ["blue": 4], solids: ["green": 1]),
        LaneCase(text: "flashing red and blue", lanes: ["blue", "red"], pulses: ["blue": 3, "red": 3]),
        LaneCase(text: "red blinks 5 or 6 times", lanes: ["red"], pulses: ["red": 5], maybe: ["red": 1]),
        LaneCase(text: "dev=xt2 ctx=- : red:blink:6:fast:brief=2.3:0.2/0.22:_", lanes: ["red"], pulses: ["red": 6]),
        LaneCase(
            text: "dev=mini-2 ctx=- : red:blink:240:medium:minutes=180:0.45/0.45:_", lanes: ["red"], pulses: ["red": 12]
        ),
    ]

    @Test("one lane per LED colour, one pulse per blink", arguments: laneCases)
    func lanesAndPulses(_ testCase: LaneCase) throws {
        let (_, root) = try picture(testCase.text, device: testCase.device)
        let lanes = elements(root, ["lane"])
        #expect(lanes.compactMap { $0.attributes["data-led"] } == testCase.lanes)
        for lane in lanes {
            let name = lane.attributes["data-led"] ?? ""
            func count(_ kind: String) -> Int { elements(lane, [kind]).count }
            #expect(count("pulse") == testCase.pulses[name, default: 0], "pulses in the \(name) lane")
            #expect(count("solid") == testCase.solids[name, default: 0], "solids in the \(name) lane")
            #expect(count("maybe") == testCase.maybe[name, default: 0], "maybe-pulses in the \(name) lane")
        }
    }

    @Test("measured pulses are drawn to scale: 0.2 s on, 0.22 s off")
    func measuredTiming() throws {
        let (_, root) = try picture("dev=xt2 ctx=- : red:blink:6:fast:brief=2.3:0.2/0.22:_")
        let pulses = elements(root, ["pulse"])
        let xs = pulses.compactMap { number($0, "x") }
        let widths = pulses.compactMap { number($0, "width") }
        try #require(xs.count == 6 && widths.count == 6)
        let period = xs[1] - xs[0]
        #expect(abs(widths[0] / period - 0.2 / 0.42) < 0.01)
        for index in 1..<xs.count { #expect(abs(xs[index] - xs[index - 1] - period) < 0.02) }
        let captions = elements(root, ["caption"]).map(\.text)
        #expect(captions.contains { $0.contains("×6") && $0.contains("0.2 s on / 0.22 s off") && $0.contains("2.3 s") })
    }

    @Test("the strongest rule's span is highlighted over the events it matched, and labelled")
    func highlight() throws {
        let (_, root) = try picture("red x6 after blue", device: "outdoor-4")
        let group = try #require(elements(root, ["highlight"]).first)
        let band = try #require(children(group, named: "rect").first)
        #expect(children(group, named: "text").first?.text.contains("low-battery-red-after-recording-light") == true)
        let start = try #require(number(band, "x"))
        let width = try #require(number(band, "width"))
        // The match covers both events: the band spans the blue solid and every red pulse.
        let marks = elements(root, ["pulse", "solid"])
        #expect(marks.count == 7)
        for mark in marks {
            let x = try #require(number(mark, "x"))
            let w = try #require(number(mark, "width"))
            #expect(x >= start && x + w <= start + width)
        }
        let diagnosis = try Self.diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
        #expect(TimelineSVG.events(covering: 43..<62, in: diagnosis.canonical, count: 2) == [1])
        #expect(TimelineSVG.events(covering: 22..<62, in: diagnosis.canonical, count: 2) == [0, 1])
        #expect(TimelineSVG.events(covering: 0..<10, in: diagnosis.canonical, count: 2) == [])
    }

    @Test("long runs are cut by an axis break that says what it hides; continuous runs fade out")
    func breaksAndFades() throws {
        let (_, long) = try picture("dev=mini-2 ctx=- : red:blink:240:medium:minutes=180:0.45/0.45:_")
        let hidden = elements(long, ["break"]).flatMap { children($0, named: "text") }.map(\.text)
        #expect(hidden == ["228 more pulses"])
        let (_, continuous) = try picture("keeps blinking red after reset", device: "mini")
        let opacities = elements(continuous, ["pulse"]).map { number($0, "fill-opacity") ?? 1 }
        #expect(opacities.count == 8)
        #expect(opacities == opacities.sorted(by: >) && (opacities.last ?? 1) < 0.5)
        #expect(elements(continuous, ["caption"]).contains { $0.text.contains("won't stop") == true })
    }

    @Test("typed text says its timing is assumed; a log's is measured")
    func timingNote() throws {
        let (typed, _) = try picture("red x6 after blue", device: "outdoor-4")
        #expect(typed.contains("timing assumed"))
        let (measured, _) = try picture("dev=xt2 ctx=- : red:blink:6:fast:brief=2.3:0.2/0.22:_")
        #expect(measured.contains("as measured") && !measured.contains("timing assumed"))
    }

    @Test("text is escaped: the picture stays valid XML whatever the observation says")
    func escaping() throws {
        var diagnosis = try Self.diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
        diagnosis.observation = "<red> & \"blue\" 'x6' \u{1}"
        let root = try SVGNode.parse(TimelineSVG().render(diagnosis))
        #expect(elements(root, ["heading"]).first?.text == "<red> & \"blue\" 'x6'  ")
    }

    @Test("an SVG root with a viewBox, and an axis counting seconds from 0")
    func axis() throws {
        let (_, root) = try picture("red x6 after blue", device: "outdoor-4")
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["viewBox"] != nil)
        let labels = elements(root, ["axis"]).flatMap { children($0, named: "text") }.map(\.text)
        #expect(labels.first == "0 s" && labels.contains("3 s"))
    }

    @Test("the picture in the README is what the current build draws (golden: docs/images)")
    func readmePicture() throws {
        let diagnosis = try Self.diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
        let svg = TimelineSVG(catalog: Self.diagnoser.catalog).render(diagnosis)
        let file = TestPaths.repository.appendingPathComponent("docs/images/timeline-red-x6-after-blue.svg")
        try GoldenFile.check(svg, file: file, hint: "LEDDIAG_UPDATE_GOLDEN=1 draws it anew")
    }

    @Test("the SVG is a well-formed XML document for Foundation's XMLDocument too")
    func documentParser() throws {
        let diagnosis = try Self.diagnoser.diagnose("keeps blinking red after reset", device: "mini")
        let document = try XMLDocument(xmlString: TimelineSVG().render(diagnosis), options: [])
        #expect(document.rootElement()?.localName == "svg")
    }
}

/// An element of a parsed SVG document: name, attributes, text and children.
final class SVGNode {
    let name: String
    let attributes: [String: String]
    var children: [SVGNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below this one, in document order.
    var descendants: [SVGNode] { children.flatMap { [$0] + $0.descendants } }

    /// Parses `svg` with `XMLParser`; throws when it is not well-formed XML.
    static func parse(_ svg: String) throws -> SVGNode {
        let builder = Builder()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(message: parser.parserError.map { "\($0)" } ?? "not well-formed", line: parser.lineNumber)
        }
        return root
    }

    struct ParseError: Error, CustomStringConvertible {
        var message: String
        var line: Int
        var description: String { "line \(line): \(message)" }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: SVGNode?
        var stack: [SVGNode] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            let node = SVGNode(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
